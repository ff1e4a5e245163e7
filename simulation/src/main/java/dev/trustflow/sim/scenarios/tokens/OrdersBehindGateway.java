package dev.trustflow.sim.scenarios.tokens;

import static dev.trustflow.sim.scenarios.tokens.JwtAnatomyScenario.ATTACKER;
import static dev.trustflow.sim.scenarios.tokens.JwtAnatomyScenario.GATEWAY;
import static dev.trustflow.sim.scenarios.tokens.JwtAnatomyScenario.ORDERS;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.crypto.jwt.DecodedJwt;
import dev.trustflow.sim.crypto.jwt.JwtDecodeException;
import dev.trustflow.sim.crypto.jwt.JwtDecoder;
import dev.trustflow.sim.crypto.jwt.VerificationReport;
import dev.trustflow.sim.engine.Arrival;
import dev.trustflow.sim.engine.Exchange;
import dev.trustflow.sim.engine.Reply;
import dev.trustflow.sim.engine.Request;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.EventKinds;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * GET /orders as the world enforces it: the gateway verifies the bearer token (strict or naive, every check
 * recorded at the gateway) and either refuses with 401 citing the first failed check or forwards the call as
 * the token's subject and role; the orders service answers (an admin sees every customer's orders). The engine
 * delivers the request hop by hop and the answer back the same way.
 */
final class OrdersBehindGateway {

    static final String ALICE_ORDERS = "[{\"id\": 1002, \"owner\": \"alice\", \"item\": \"2 coffee mugs\"}]";
    static final String ALL_ORDERS = "[{\"id\": 1002, \"owner\": \"alice\", \"item\": \"2 coffee mugs\"},"
            + " {\"id\": 1003, \"owner\": \"mallory\", \"item\": \"1 teapot\"},"
            + " {\"id\": 1004, \"owner\": \"bob\", \"item\": \"3 notebooks\", \"address\": \"12 Elm Street\"}]";
    private static final String BEARER = "bearer";
    private static final String SUB = "sub";
    private static final String ROLE = "role";
    private static final String BODY = "orders";

    private final Simulation sim;
    private final BiFunction<String, Instant, VerificationReport> verifier;

    /** @param verifier the gateway's verification of a bearer token at a virtual instant */
    OrdersBehindGateway(Simulation sim, BiFunction<String, Instant, VerificationReport> verifier) {
        this.sim = sim;
        this.verifier = verifier;
    }

    /** Puts the gateway's token check and the orders service's handler into the world. */
    void install() {
        sim.guard(GATEWAY, this::verify);
        sim.serve(ORDERS, OrdersBehindGateway::serve);
    }

    /** The request {@code caller} sends: GET /orders with {@code token} as its bearer credential. */
    static Request call(String caller, String who, String token) {
        return Request.get(caller, ORDERS, "/orders")
                .caption(who + " calls GET /orders with the token as a bearer credential")
                .carry(BEARER, token)
                .artifact(Artifact.jwt("bearer token", token));
    }

    private Optional<Reply> verify(Arrival at) {
        String token = at.request().carried(BEARER, String.class).orElseThrow();
        VerificationReport report = verifier.apply(token, at.now());
        if (!at.checks(report.checks())) {
            CheckResult failed = report.firstFailure().orElseThrow();
            return Optional.of(at.refuse(401, failed, "401 Unauthorized: " + failed.check() + " failed, so the call"
                    + " never reaches the orders service"));
        }
        DecodedJwt accepted = decode(token);
        String sub = String.valueOf(accepted.claim(SUB));
        String role = String.valueOf(accepted.claim(ROLE));
        at.request().carry(SUB, sub).carry(ROLE, role).data(SUB, sub).data(ROLE, role)
                .forwardCaption("The gateway accepted the token and forwards GET /orders as " + sub + " (role "
                        + role + ")");
        return Optional.empty();
    }

    private static Reply serve(Arrival at) {
        boolean admin = at.request().carried(ROLE, String.class).filter("admin"::equals).isPresent();
        String body = admin ? ALL_ORDERS : ALICE_ORDERS;
        return Reply.of(200, admin ? "200 OK: role admin, so the orders service returns every customer's orders"
                        : "200 OK: Alice's orders")
                .relayCaption("200 OK: the gateway passes the orders back")
                .artifact(Artifact.text("orders", body))
                .carry(BODY, body).carry(ROLE, at.request().carried(ROLE, String.class).orElseThrow())
                .carry(SUB, at.request().carried(SUB, String.class).orElseThrow());
    }

    /** Records the leak when the attacker got orders back; returns whether she did. */
    boolean leakIfAttacker(Exchange exchange, String caller) {
        if (!exchange.ok() || !ATTACKER.equals(caller)) {
            return false;
        }
        boolean admin = exchange.carried(ROLE, String.class).filter("admin"::equals).isPresent();
        String body = exchange.carried(BODY, String.class).orElseThrow();
        sim.event(EventKinds.DATA_LEAKED, GATEWAY).to(caller).cause(exchange.responseSeq()).flow(exchange.flow())
                .caption(admin ? "Leak: the forged admin token was accepted, and the attacker reads every"
                        + " customer's orders and addresses"
                        : "Leak: a token that should have been refused was accepted, and the attacker reads"
                        + " Alice's orders")
                .data("records", admin ? 3 : 1).data("as", exchange.carried(SUB, String.class).orElseThrow())
                .artifact(Artifact.text("leaked orders", body))
                .emit();
        return true;
    }

    private static DecodedJwt decode(String token) {
        try {
            return JwtDecoder.decode(token);
        } catch (JwtDecodeException e) {
            throw new IllegalStateException("an accepted token must decode: " + e.getMessage(), e);
        }
    }
}
