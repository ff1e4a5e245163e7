package dev.trustflow.sim.scenarios.capstone;

import java.util.Arrays;
import java.util.List;

/** One design mistake and its fix: a boolean what-if ({@code fix-…}), off as the system was built. */
enum Fix {
    CALLER_IDENTITY("fix-caller-identity", "Caller identity",
            "Payments verifies the caller's signature instead of trusting an X-Caller header on the internal network"),
    SERVICE_AUTHN("fix-service-authn", "Check at the service",
            "Orders verifies the bearer token itself instead of trusting that only the gateway can reach it"),
    OWNER_CHECK("fix-owner-check", "Object-level check",
            "Orders checks that the caller owns the order (off: any logged-in user reads any order)"),
    AUDIENCE("fix-audience", "Token audience",
            "The APIs accept only tokens minted for them (aud shop-api), not any token of the same auth server"),
    REPLAY("fix-replay", "Replay defence", "Payments remembers each request's nonce and refuses a copy"),
    VAULT("fix-vault", "Secrets in a vault",
            "No database password in the code: orders gets a one-hour credential from the vault"),
    LEAST_PRIVILEGE("fix-least-privilege", "Least privilege",
            "The web app's service account gets orders:read only, not every scope");

    private final String option;
    private final String label;
    private final String help;

    Fix(String option, String label, String help) {
        this.option = option;
        this.label = label;
        this.help = help;
    }

    String option() {
        return option;
    }

    String label() {
        return label;
    }

    String help() {
        return help;
    }

    static List<Fix> all() {
        return Arrays.asList(values());
    }
}
