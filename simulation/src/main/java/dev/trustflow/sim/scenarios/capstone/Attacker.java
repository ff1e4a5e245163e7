package dev.trustflow.sim.scenarios.capstone;

import static dev.trustflow.sim.scenarios.capstone.ShopWorld.ATTACKER;
import static dev.trustflow.sim.scenarios.capstone.ShopWorld.GATEWAY;
import static dev.trustflow.sim.scenarios.capstone.ShopWorld.ORDERS;
import static dev.trustflow.sim.scenarios.capstone.ShopWorld.PAYMENTS;
import static dev.trustflow.sim.scenarios.capstone.ShopWorld.REPO;
import static dev.trustflow.sim.scenarios.capstone.ShopWorld.USERS_DB;
import static dev.trustflow.sim.scenarios.capstone.ShopWorld.WEB_APP;

import dev.trustflow.sim.credentials.RequestSigner;
import dev.trustflow.sim.credentials.SignedRequest;
import dev.trustflow.sim.engine.Exchange;
import dev.trustflow.sim.engine.Request;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.world.Credential;
import java.security.KeyPair;
import java.util.Set;

/**
 * Runs the attacks of the earlier lessons against the shop, each a real request through the world (from the
 * attacker's machine through the gateway, or from inside the web app it broke into) that the shop's real checks
 * let through or stop. What an attack that succeeds obtains goes into the attacker's wallet, for the blast radius.
 */
final class Attacker {

    private final Simulation sim;
    private final BuiltShop shop;

    Attacker(Simulation sim, BuiltShop shop) {
        this.sim = sim;
        this.shop = shop;
    }

    Outcome run(Attack attack) {
        Exchange exchange = switch (attack) {
            case FORGED_HEADER -> forgedHeader();
            case GATEWAY_BYPASS -> sim.send(Request.get(WEB_APP, ORDERS, "/orders/1002")
                    .carry(ShopServices.X_USER, "alice")
                    .caption("From inside the web app, the attacker calls orders directly: X-User: alice"));
            case IDOR -> sim.send(Request.get(ATTACKER, ORDERS, "/orders/1002")
                    .carry(ShopServices.BEARER, shop.malloryToken)
                    .caption("Mallory asks for order 1002 (Alice's) with her own valid token"));
            case WRONG_AUDIENCE -> sim.send(Request.get(ATTACKER, ORDERS, "/orders/1002")
                    .carry(ShopServices.BEARER, shop.alicePartnerToken)
                    .caption("The partner app replays Alice's partner-api token at the shop"));
            case REPLAY -> sim.send(ShopServices.refund(WEB_APP, shop.capturedRefund,
                    "The attacker resends orders' signed refund, copied off the flat network"));
            case LEAKED_SECRET -> leakedSecret();
            case STOLEN_ACCOUNT -> sim.send(Request.post(ATTACKER, ORDERS, "/orders/export")
                    .carry(ShopServices.BEARER, shop.serviceAccountToken)
                    .caption("With the web app's stolen token, the attacker asks orders to export every order"));
        };
        if (!exchange.ok()) {
            return exchange.blocked()
                    ? Outcome.stopped(attack, exchange.blockedBy(), null)
                    : Outcome.stopped(attack, exchange.carried(ShopServices.STOPPED_BY, String.class)
                    .orElse("status " + exchange.status().orElse(0)), exchange.answeredBy());
        }
        return Outcome.through(attack, gain(attack, exchange));
    }

    private Exchange forgedHeader() {
        KeyPair own = RequestSigner.newKeyPair(sim.randomness().secure());
        SignedRequest forged = RequestSigner.sign(own.getPrivate(), "POST", "/refunds", sim.now(),
                sim.randomness().uuid().toString(), "", "{\"order\":1002,\"amount\":900}");
        return sim.send(ShopServices.refund(WEB_APP, forged,
                "From the web app, a refund of $900 to the attacker, claiming X-Caller: orders"));
    }

    private Exchange leakedSecret() {
        int read = sim.event(EventKinds.ATTACK_STEP, ATTACKER).to(REPO)
                .caption("The attacker reads the code repo and finds orders' DB login (role "
                        + shop.leakedLogin.role() + ")")
                .data("step", "read-repo").data("role", shop.leakedLogin.role())
                .emit();
        return sim.send(Request.post(WEB_APP, USERS_DB, "/login").carry(ShopServices.DB_LOGIN, shop.leakedLogin)
                .causedBy(read).caption("From the web app's host, the attacker logs in to the users DB as "
                        + shop.leakedLogin.role()));
    }

    /** Records what a successful attack obtained, and gives it to the attacker. */
    private Credential gain(Attack attack, Exchange exchange) {
        Credential gained = switch (attack) {
            case FORGED_HEADER -> access("forged-caller", "a forged X-Caller header", PAYMENTS);
            case GATEWAY_BYPASS -> access("x-user", "an X-User header", ORDERS);
            case IDOR -> access("any-order-id", "any order id", ORDERS);
            case WRONG_AUDIENCE -> access("partner-token", "Alice's partner token", GATEWAY, ORDERS);
            case REPLAY -> access("captured-refund", "a captured refund", PAYMENTS);
            case LEAKED_SECRET -> shop.leakedCredential;
            case STOLEN_ACCOUNT -> access("stolen-account", "the web app's token", GATEWAY, ORDERS);
        };
        sim.event(EventKinds.DATA_LEAKED, exchange.answeredBy()).to(ATTACKER).cause(exchange.responseSeq())
                .flow(exchange.flow())
                .caption("Attack \"" + attack.label() + "\" succeeded: the attacker now holds " + gained.label())
                .data("attack", attack.id())
                .gives(ATTACKER, gained)
                .emit();
        return gained;
    }

    private Credential access(String id, String label, String... opens) {
        return new Credential(id, Credential.Kind.SECRET, label, Set.of(opens), null);
    }
}
