package dev.trustflow.sim.scenarios.gateway;

import static dev.trustflow.sim.scenarios.gateway.AuthnVsAuthzScenario.GATEWAY;
import static dev.trustflow.sim.scenarios.gateway.AuthnVsAuthzScenario.ORDERS;

import com.nimbusds.jose.jwk.JWKSet;
import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.crypto.jwt.JwtDecodeException;
import dev.trustflow.sim.crypto.jwt.JwtDecoder;
import dev.trustflow.sim.crypto.jwt.JwtVerifier;
import dev.trustflow.sim.crypto.jwt.VerificationReport;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.EventKinds;
import java.time.Duration;

/**
 * One call to GET /orders/{id} through the gateway (authentication: a bearer token present, then every
 * jwt.* check) and the orders service (authorization: does the caller own this order, when that check is on).
 */
final class OrdersApi {

    private static final Duration LATENCY = Duration.ofMillis(40);

    private final Simulation sim;
    private final JwtVerifier verifier;
    private final JWKSet trustedKeys;
    private final boolean objectCheck;

    OrdersApi(Simulation sim, JwtVerifier verifier, JWKSet trustedKeys, boolean objectCheck) {
        this.sim = sim;
        this.verifier = verifier;
        this.trustedKeys = trustedKeys;
        this.objectCheck = objectCheck;
    }

    /** Handles the call that {@code caller} just sent; returns the HTTP status it gets back. */
    int handle(String caller, String bearerToken, int orderId) {
        String path = "/orders/" + orderId;
        CheckResult present = bearerToken == null
                ? CheckResult.fail("authn.token-present", "no Authorization: Bearer header, so the gateway cannot"
                + " tell who is calling")
                : CheckResult.pass("authn.token-present", "an Authorization: Bearer token is present");
        sim.check(GATEWAY, present);
        if (!present.passed()) {
            return respond(GATEWAY, caller, 401, present, "401 Unauthorized: who are you? No token was sent");
        }
        VerificationReport report = verifier.verify(bearerToken, trustedKeys, sim.now());
        report.checks().forEach(c -> sim.check(GATEWAY, c));
        sim.tick(LATENCY);
        if (!report.valid()) {
            CheckResult failed = report.firstFailure().orElseThrow();
            return respond(GATEWAY, caller, 401, failed, "401 Unauthorized: " + failed.check() + " failed, so the"
                    + " gateway does not know who is calling");
        }
        String sub = subject(bearerToken);
        sim.event(EventKinds.HTTP_REQUEST, GATEWAY).to(ORDERS)
                .caption("Authenticated as " + sub + ": the gateway forwards GET " + path)
                .data("method", "GET").data("path", path).data("sub", sub)
                .emit();
        sim.tick(LATENCY);
        return serve(caller, sub, OrderStore.find(orderId));
    }

    private int serve(String caller, String sub, OrderStore.Order order) {
        if (objectCheck) {
            CheckResult owner = OrderStore.ownerCheck(order, sub);
            sim.check(ORDERS, owner);
            if (!owner.passed()) {
                respond(ORDERS, GATEWAY, 403, owner, "403 Forbidden: authenticated, but not allowed this order");
                return respond(GATEWAY, caller, 403, owner, "403 Forbidden: you are " + sub
                        + ", and order " + order.id() + " is not yours");
            }
        } else {
            sim.event("authz.skipped", ORDERS)
                    .caption("No object-level check: the orders service returns order " + order.id()
                            + " to whoever the gateway let in")
                    .emit();
        }
        sim.event(EventKinds.HTTP_RESPONSE, ORDERS).to(GATEWAY)
                .caption("200 OK: order " + order.id())
                .data("status", 200)
                .artifact(Artifact.text("order " + order.id(), order.json()))
                .emit();
        sim.tick(LATENCY);
        sim.event(EventKinds.HTTP_RESPONSE, GATEWAY).to(caller)
                .caption("200 OK: order " + order.id() + " (" + order.owner() + "'s) goes back to " + sub)
                .data("status", 200)
                .artifact(Artifact.text("order " + order.id(), order.json()))
                .emit();
        if (!order.owner().equals(sub)) {
            sim.event(EventKinds.DATA_LEAKED, GATEWAY).to(caller)
                    .caption("Leak (BOLA): " + sub + " reads " + order.owner() + "'s order " + order.id()
                            + " with her own valid token, just by changing the id")
                    .data("order", order.id()).data("owner", order.owner()).data("as", sub)
                    .artifact(Artifact.text("leaked order", order.json()))
                    .emit();
        }
        sim.tick(LATENCY);
        return 200;
    }

    private int respond(String from, String to, int status, CheckResult because, String caption) {
        sim.event(EventKinds.HTTP_RESPONSE, from).to(to)
                .caption(caption)
                .data("status", status).data("check", because.check()).data("reason", because.reason())
                .emit();
        sim.tick(LATENCY);
        return status;
    }

    private static String subject(String verifiedToken) {
        try {
            return JwtDecoder.decode(verifiedToken).claim("sub");
        } catch (JwtDecodeException e) {
            throw new IllegalStateException("a verified token must decode: " + e.getMessage(), e);
        }
    }
}
