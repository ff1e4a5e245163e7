package dev.trustflow.sim.scenarios.capstone;

import static dev.trustflow.sim.scenarios.capstone.ShopWorld.GATEWAY;
import static dev.trustflow.sim.scenarios.capstone.ShopWorld.ORDERS;
import static dev.trustflow.sim.scenarios.capstone.ShopWorld.PAYMENTS;
import static dev.trustflow.sim.scenarios.capstone.ShopWorld.USERS_DB;

import com.nimbusds.jose.jwk.JWKSet;
import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.credentials.NonceStore;
import dev.trustflow.sim.credentials.RequestSigner;
import dev.trustflow.sim.credentials.SignedRequest;
import dev.trustflow.sim.engine.Arrival;
import dev.trustflow.sim.engine.Reply;
import dev.trustflow.sim.engine.Request;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.oauth.validation.AccessTokenCheck;
import dev.trustflow.sim.oauth.validation.Decision;
import dev.trustflow.sim.vault.DatabaseRoles;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shop's enforcement points as built, and as each fix changes them: the gateway checks the bearer token and
 * its scope (audience only with {@link Fix#AUDIENCE}); orders trusts the gateway's word or an X-User header
 * unless {@link Fix#SERVICE_AUTHN}, and checks the owner only with {@link Fix#OWNER_CHECK}; payments trusts an
 * X-Caller header unless {@link Fix#CALLER_IDENTITY} (then the request's ECDSA signature, by orders' key), and
 * remembers nonces only with {@link Fix#REPLAY}; the users DB logs in with the real role table.
 */
final class ShopServices {

    static final String ISSUER = "https://auth.shop.example";
    static final String AUDIENCE = "shop-api";
    static final String BEARER = "bearer";
    static final String X_USER = "x-user";
    static final String X_CALLER = "x-caller";
    static final String SIGNED = "signed";
    static final String DB_LOGIN = "db-login";
    /** Carried on a refusal: the check that refused. */
    static final String STOPPED_BY = "stoppedBy";
    private static final String SUBJECT = "sub";
    private static final String SKIPPED = "authz.skipped";

    /** Orders and their owners. */
    static final Map<Integer, String> ORDER_OWNERS = Map.of(1002, "alice", 1003, "mallory");

    /** A database login: role and password. */
    record Login(String role, String password) {
    }

    private final Simulation sim;
    private final Fixes fixes;
    private final AccessTokenCheck tokens;
    private final PublicKey ordersKey;
    private final NonceStore nonces = new NonceStore(Optional.empty());
    private final DatabaseRoles roles;

    ShopServices(Simulation sim, Fixes fixes, JWKSet jwks, PublicKey ordersKey, DatabaseRoles roles) {
        this.sim = sim;
        this.fixes = fixes;
        this.tokens = new AccessTokenCheck(ISSUER, fixes.has(Fix.AUDIENCE) ? AUDIENCE : null, jwks, null);
        this.ordersKey = ordersKey;
        this.roles = roles;
    }

    void install() {
        sim.guard(GATEWAY, this::gateway);
        sim.guard(ORDERS, this::orders);
        sim.serve(ORDERS, ShopServices::serveOrders);
        sim.guard(PAYMENTS, this::payments);
        sim.serve(PAYMENTS, at -> Reply.of(200, "200 OK: refund issued")
                .relayCaption("200 OK: payments issues the refund"));
        sim.guard(USERS_DB, this::database);
        sim.serve(USERS_DB, at -> Reply.of(200, "Logged in: SELECT * FROM users returns every customer"));
    }

    /** The scope an operation of orders needs. */
    static String scopeFor(Request request) {
        return request.method().equals("POST") ? "orders:export" : "orders:read";
    }

    private Optional<Reply> gateway(Arrival at) {
        if (at.isDestination()) {
            return Optional.empty();
        }
        Decision decision = tokens.check(at.request().carried(BEARER, String.class).orElse(null),
                scopeFor(at.request()), at.now());
        if (!at.checks(decision.checks())) {
            CheckResult failed = decision.firstFailure().orElseThrow();
            return Optional.of(refuse(at, decision.status(), failed, decision.status() + " from the gateway: "
                    + failed.check() + " failed"));
        }
        at.request().carry(SUBJECT, decision.subject())
                .forwardCaption("The gateway accepts " + decision.subject() + " and forwards " + at.request().line());
        return Optional.empty();
    }

    private Optional<Reply> orders(Arrival at) {
        String sub;
        if (fixes.has(Fix.SERVICE_AUTHN)) {
            Decision decision = tokens.check(at.request().carried(BEARER, String.class).orElse(null),
                    scopeFor(at.request()), at.now());
            if (!at.checks(decision.checks())) {
                CheckResult failed = decision.firstFailure().orElseThrow();
                return Optional.of(refuse(at, decision.status(), failed, decision.status() + " from orders: "
                        + failed.check() + " failed"));
            }
            sub = decision.subject();
        } else {
            sub = at.request().carried(SUBJECT, String.class)
                    .or(() -> at.request().carried(X_USER, String.class)).orElse("anonymous");
            at.event(SKIPPED).caption("Orders checks no token: it believes the caller is " + sub
                    + " because " + (at.from().equals(GATEWAY) ? "the gateway said so" : "the X-User header says so"))
                    .emit();
        }
        at.request().carry(SUBJECT, sub);
        if (fixes.has(Fix.OWNER_CHECK) && at.request().method().equals("GET")) {
            int id = orderId(at.request());
            String owner = ORDER_OWNERS.get(id);
            CheckResult result = sub.equals(owner)
                    ? CheckResult.pass("authz.object-owner", sub + " owns order " + id)
                    : CheckResult.fail("authz.object-owner", "order " + id + " belongs to " + owner + ", not to "
                    + sub);
            if (!at.check(result)) {
                return Optional.of(refuse(at, 403, result, "403 Forbidden: order " + id + " is not " + sub + "'s"));
            }
        }
        return Optional.empty();
    }

    private static Reply serveOrders(Arrival at) {
        String sub = at.request().carried(SUBJECT, String.class).orElseThrow();
        if (at.request().method().equals("POST")) {
            return Reply.of(200, "200 OK: every order, exported for " + sub);
        }
        int id = orderId(at.request());
        return Reply.of(200, "200 OK: order " + id + " (" + ORDER_OWNERS.get(id) + "'s) for " + sub);
    }

    private Optional<Reply> payments(Arrival at) {
        SignedRequest signed = at.request().carried(SIGNED, SignedRequest.class).orElseThrow();
        if (fixes.has(Fix.CALLER_IDENTITY)) {
            CheckResult result = RequestSigner.verify(ordersKey, signed);
            if (!at.check(result)) {
                return Optional.of(refuse(at, 401, result, "401: not signed by orders' key"));
            }
        } else {
            at.event(SKIPPED).caption("Payments checks no identity: the X-Caller header says "
                    + at.request().carried(X_CALLER, String.class).orElse("nobody") + ", and the network is trusted")
                    .emit();
        }
        if (fixes.has(Fix.REPLAY)) {
            CheckResult result = nonces.checkAndRemember(signed.nonce(), at.now());
            if (!at.check(result)) {
                return Optional.of(refuse(at, 409, result, "409: this request was already processed"));
            }
        }
        return Optional.empty();
    }

    private Optional<Reply> database(Arrival at) {
        Login login = at.request().carried(DB_LOGIN, Login.class).orElseThrow();
        List<CheckResult> results = roles.login(login.role(), login.password(), at.now());
        if (!at.checks(results)) {
            CheckResult failed = results.stream().filter(r -> !r.passed()).findFirst().orElseThrow();
            return Optional.of(refuse(at, 401, failed, "Login refused: " + failed.check() + " failed"));
        }
        return Optional.empty();
    }

    private static Reply refuse(Arrival at, int status, CheckResult failed, String caption) {
        return at.refuse(status, failed, caption).carry(STOPPED_BY, failed.check());
    }

    private static int orderId(Request request) {
        return Integer.parseInt(request.path().substring(request.path().lastIndexOf('/') + 1));
    }

    /** Payments' refund call as orders makes it, signed with orders' key. */
    static Request refund(String from, SignedRequest signed, String caption) {
        return Request.post(from, PAYMENTS, signed.path()).caption(caption).carry(X_CALLER, "orders")
                .carry(SIGNED, signed);
    }
}
