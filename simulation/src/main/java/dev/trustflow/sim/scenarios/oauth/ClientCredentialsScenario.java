package dev.trustflow.sim.scenarios.oauth;

import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.scenario.OptionSpec;
import dev.trustflow.sim.scenario.Options;
import dev.trustflow.sim.scenario.Scenario;
import java.time.Duration;
import java.util.List;

/**
 * Lesson 8: a billing service gets its own token (client credentials) for {@code invoices:read} and calls the
 * invoices API. Its token leaks through a debug log; what the thief can do with it depends on the scope
 * ({@code jwt.scope}), on whether other APIs check the audience ({@code jwt.aud}) and on the token's lifetime
 * ({@code jwt.exp}); without the client secret he cannot mint new ones ({@code oauth.client-auth}).
 */
public final class ClientCredentialsScenario implements Scenario {

    public static final String ID = "client-credentials";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Client credentials: machines with their own identity";
    }

    @Override
    public String description() {
        return "The billing service authenticates with its own secret and gets a short-lived token that may only"
                + " read invoices. When that token leaks from a log, least privilege, audience checks and a short"
                + " lifetime decide how much the thief can do.";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.choice("scope", "narrow", List.of("narrow", "broad"), "Scope granted",
                        "narrow: billing gets only invoices:read; broad: invoices:read invoices:write \"just in"
                                + " case\", so a stolen token can also change invoices"),
                OptionSpec.bool("audience-check", true, "Audience check",
                        "The invoice archive API accepts only tokens whose aud is the archive; off: it accepts a"
                                + " token minted for another API"),
                OptionSpec.duration("ttl", Duration.ofMinutes(5), "Token lifetime",
                        "How long billing's access token is valid; the thief tries again an hour later"));
    }

    @Override
    public void play(Simulation sim, Options options) {
        new ClientCredentialsRun(sim, "broad".equals(options.choice("scope")), options.flag("audience-check"),
                options.duration("ttl")).play();
    }
}
