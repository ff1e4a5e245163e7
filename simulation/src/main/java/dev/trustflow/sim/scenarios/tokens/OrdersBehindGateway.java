package dev.trustflow.sim.scenarios.tokens;

import dev.trustflow.sim.crypto.jwt.DecodedJwt;
import dev.trustflow.sim.crypto.jwt.JwtDecodeException;
import dev.trustflow.sim.crypto.jwt.JwtDecoder;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.EventKinds;
import java.time.Duration;

/**
 * What happens behind the gateway once it accepted a token: it forwards the call as the token's subject and
 * role, the orders service answers (an admin sees every customer's orders), and when the caller was the
 * attacker that answer is a leak.
 */
final class OrdersBackend {

    static final String ALICE_ORDERS = "[{\"id\": 1002, \"owner\": \"alice\", \"item\": \"2 coffee mugs\"}]";
    static final String ALL_ORDERS = "[{\"id\": 1002, \"owner\": \"alice\", \"item\": \"2 coffee mugs\"},"
            + " {\"id\": 1003, \"owner\": \"mallory\", \"item\": \"1 teapot\"},"
            + " {\"id\": 1004, \"owner\": \"bob\", \"item\": \"3 notebooks\", \"address\": \"12 Elm Street\"}]";
    private static final Duration LATENCY = Duration.ofMillis(40);

    private OrdersBackend() {
    }

    /** Forwards an accepted call and answers it; returns the HTTP status sent back to {@code requester}. */
    static int serve(Simulation sim, String requester, String acceptedToken) {
        DecodedJwt token = decode(acceptedToken);
        String sub = String.valueOf(token.claim("sub"));
        String role = String.valueOf(token.claim("role"));
        boolean admin = "admin".equals(role);
        sim.event(EventKinds.HTTP_REQUEST, JwtAnatomyScenario.GATEWAY).to(JwtAnatomyScenario.ORDERS)
                .caption("The gateway accepted the token and forwards GET /orders as " + sub + " (role " + role + ")")
                .data("method", "GET").data("path", "/orders").data("sub", sub).data("role", role)
                .emit();
        sim.tick(LATENCY);
        String body = admin ? ALL_ORDERS : ALICE_ORDERS;
        sim.event(EventKinds.HTTP_RESPONSE, JwtAnatomyScenario.ORDERS).to(JwtAnatomyScenario.GATEWAY)
                .caption(admin ? "200 OK: role admin, so the orders service returns every customer's orders"
                        : "200 OK: Alice's orders")
                .data("status", 200)
                .artifact(Artifact.text("orders", body))
                .emit();
        sim.tick(LATENCY);
        sim.event(EventKinds.HTTP_RESPONSE, JwtAnatomyScenario.GATEWAY).to(requester)
                .caption("200 OK: the gateway passes the orders back")
                .data("status", 200)
                .artifact(Artifact.text("orders", body))
                .emit();
        if (JwtAnatomyScenario.ATTACKER.equals(requester)) {
            sim.event(EventKinds.DATA_LEAKED, JwtAnatomyScenario.GATEWAY).to(requester)
                    .caption(admin ? "Leak: the forged admin token was accepted, and the attacker reads every"
                            + " customer's orders and addresses"
                            : "Leak: a token that should have been refused was accepted, and the attacker reads"
                            + " Alice's orders")
                    .data("records", admin ? 3 : 1).data("as", sub)
                    .artifact(Artifact.text("leaked orders", body))
                    .emit();
        }
        return 200;
    }

    private static DecodedJwt decode(String token) {
        try {
            return JwtDecoder.decode(token);
        } catch (JwtDecodeException e) {
            throw new IllegalStateException("an accepted token must decode: " + e.getMessage(), e);
        }
    }
}
