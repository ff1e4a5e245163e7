package dev.trustflow.sim.scenarios.gateway;

import static dev.trustflow.sim.scenarios.gateway.AuthnVsAuthzScenario.GATEWAY;
import static dev.trustflow.sim.scenarios.gateway.AuthnVsAuthzScenario.MALLORY_APP;
import static dev.trustflow.sim.scenarios.gateway.AuthnVsAuthzScenario.ORDERS;

import com.nimbusds.jose.jwk.JWKSet;
import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.crypto.jwt.JwtDecodeException;
import dev.trustflow.sim.crypto.jwt.JwtDecoder;
import dev.trustflow.sim.crypto.jwt.JwtVerifier;
import dev.trustflow.sim.crypto.jwt.VerificationReport;
import dev.trustflow.sim.engine.Arrival;
import dev.trustflow.sim.engine.Exchange;
import dev.trustflow.sim.engine.Reply;
import dev.trustflow.sim.engine.Request;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.EventKinds;
import java.util.Optional;

/**
 * GET /orders/{id} as the world enforces it: the gateway authenticates (a bearer token present, then every
 * jwt.* check) and forwards; the orders service authorizes (does the caller own this order, when that check is
 * on) and answers. The engine delivers the request hop by hop and sends the answer back the same way.
 */
final class OrdersApi {

    private static final String BEARER = "bearer";
    private static final String SUBJECT = "sub";

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

    /** Puts the gateway's and the service's checks and the service's handler into the world. */
    void install() {
        sim.guard(GATEWAY, this::authenticate);
        if (objectCheck) {
            sim.guard(ORDERS, OrdersApi::authorize);
        }
        sim.serve(ORDERS, this::serve);
    }

    /** The request an app sends: GET /orders/{id}, with its bearer token if it has one. */
    static Request call(String app, String who, String token, int orderId) {
        Request request = Request.get(app, ORDERS, "/orders/" + orderId)
                .caption(who + " calls GET /orders/" + orderId + (token == null ? " without a token" : ""))
                .carry(BEARER, token);
        if (token != null) {
            request.artifact(Artifact.jwt("bearer token", token));
        }
        return request;
    }

    private Optional<Reply> authenticate(Arrival at) {
        Optional<String> token = at.request().carried(BEARER, String.class);
        CheckResult present = token.isEmpty()
                ? CheckResult.fail("authn.token-present", "no Authorization: Bearer header, so the gateway cannot"
                + " tell who is calling")
                : CheckResult.pass("authn.token-present", "an Authorization: Bearer token is present");
        if (!at.check(present)) {
            return Optional.of(at.refuse(401, present, "401 Unauthorized: who are you? No token was sent"));
        }
        VerificationReport report = verifier.verify(token.get(), trustedKeys, at.now());
        if (!at.checks(report.checks())) {
            CheckResult failed = report.firstFailure().orElseThrow();
            return Optional.of(at.refuse(401, failed, "401 Unauthorized: " + failed.check() + " failed, so the"
                    + " gateway does not know who is calling"));
        }
        String sub = subject(token.get());
        at.request().carry(SUBJECT, sub)
                .forwardCaption("Authenticated as " + sub + ": the gateway forwards " + at.request().line());
        return Optional.empty();
    }

    private static Optional<Reply> authorize(Arrival at) {
        String sub = at.request().carried(SUBJECT, String.class).orElseThrow();
        OrderStore.Order order = OrderStore.find(orderId(at.request()));
        CheckResult owner = OrderStore.ownerCheck(order, sub);
        if (!at.check(owner)) {
            return Optional.of(at.refuse(403, owner, "403 Forbidden: authenticated, but not allowed this order")
                    .relayCaption("403 Forbidden: you are " + sub + ", and order " + order.id() + " is not yours"));
        }
        return Optional.empty();
    }

    private Reply serve(Arrival at) {
        String sub = at.request().carried(SUBJECT, String.class).orElseThrow();
        OrderStore.Order order = OrderStore.find(orderId(at.request()));
        if (!objectCheck) {
            at.event("authz.skipped")
                    .caption("No object-level check: the orders service returns order " + order.id()
                            + " to whoever the gateway let in")
                    .emit();
        }
        return Reply.of(200, "200 OK: order " + order.id())
                .relayCaption("200 OK: order " + order.id() + " (" + order.owner() + "'s) goes back to " + sub)
                .artifact(Artifact.text("order " + order.id(), order.json()))
                .carry(SUBJECT, sub);
    }

    /** Records the leak when Mallory's 200 carried an order that is not hers; returns whether it did. */
    static boolean leakIfNotOwner(Simulation sim, Exchange exchange, int orderId) {
        if (!exchange.ok()) {
            return false;
        }
        OrderStore.Order order = OrderStore.find(orderId);
        String sub = exchange.carried(SUBJECT, String.class).orElseThrow();
        if (order.owner().equals(sub)) {
            return false;
        }
        sim.event(EventKinds.DATA_LEAKED, GATEWAY).to(MALLORY_APP).cause(exchange.responseSeq())
                .flow(exchange.flow())
                .caption("Leak (BOLA): " + sub + " reads " + order.owner() + "'s order " + order.id()
                        + " with her own valid token, just by changing the id")
                .data("order", order.id()).data("owner", order.owner()).data("as", sub)
                .artifact(Artifact.text("leaked order", order.json()))
                .emit();
        return true;
    }

    private static int orderId(Request request) {
        return Integer.parseInt(request.path().substring(request.path().lastIndexOf('/') + 1));
    }

    private static String subject(String verifiedToken) {
        try {
            return JwtDecoder.decode(verifiedToken).claim("sub");
        } catch (JwtDecodeException e) {
            throw new IllegalStateException("a verified token must decode: " + e.getMessage(), e);
        }
    }
}
