package dev.trustflow.sim.scenarios.capstone;

import static dev.trustflow.sim.scenarios.capstone.ShopWorld.ATTACKER;
import static dev.trustflow.sim.scenarios.capstone.ShopWorld.AUTH;
import static dev.trustflow.sim.scenarios.capstone.ShopWorld.GATEWAY;
import static dev.trustflow.sim.scenarios.capstone.ShopWorld.ORDERS;
import static dev.trustflow.sim.scenarios.capstone.ShopWorld.PAYMENTS;
import static dev.trustflow.sim.scenarios.capstone.ShopWorld.REPO;
import static dev.trustflow.sim.scenarios.capstone.ShopWorld.USERS_DB;
import static dev.trustflow.sim.scenarios.capstone.ShopWorld.VAULT;
import static dev.trustflow.sim.scenarios.capstone.ShopWorld.WEB_APP;

import dev.trustflow.sim.credentials.PasswordHasher;
import dev.trustflow.sim.credentials.RequestSigner;
import dev.trustflow.sim.credentials.SignedRequest;
import dev.trustflow.sim.crypto.jwt.JwtIssuer;
import dev.trustflow.sim.crypto.jwt.KeyRing;
import dev.trustflow.sim.crypto.secret.OpaqueSecrets;
import dev.trustflow.sim.engine.Exchange;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.vault.DatabaseRoles;
import dev.trustflow.sim.vault.Lease;
import dev.trustflow.sim.vault.Leases;
import dev.trustflow.sim.world.Credential;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Set;

/**
 * The shop at 09:00, as built under the run's fixes: the auth server's signing key, the tokens the attacker will
 * use later (the web app's service account, Mallory's own customer token, Alice's token for a partner API), the
 * database credential orders uses (a password in the code, or a one-hour vault lease), and one real refund call
 * from orders to payments, signed with orders' key, which the attacker copies off the flat network.
 */
final class BuiltShop {

    static final String KID = "auth-es256";
    static final Duration LEASE = Duration.ofHours(1);
    private static final Duration TOKEN_TTL = Duration.ofHours(8);

    final String serviceAccountToken;
    final String malloryToken;
    final String alicePartnerToken;
    final SignedRequest capturedRefund;
    final ShopServices.Login leakedLogin;
    final Credential leakedCredential;

    private BuiltShop(String serviceAccountToken, String malloryToken, String alicePartnerToken,
                      SignedRequest capturedRefund, ShopServices.Login leakedLogin, Credential leakedCredential) {
        this.serviceAccountToken = serviceAccountToken;
        this.malloryToken = malloryToken;
        this.alicePartnerToken = alicePartnerToken;
        this.capturedRefund = capturedRefund;
        this.leakedLogin = leakedLogin;
        this.leakedCredential = leakedCredential;
    }

    /** Builds the shop into {@code sim}: keys, tokens, the database credential, the services and a refund call. */
    static BuiltShop build(Simulation sim, Fixes fixes) {
        KeyRing ring = sim.keys();
        ring.es256(KID);
        int key = sim.event(EventKinds.KEY_CREATED, AUTH).to(GATEWAY)
                .caption("The auth server creates its ES256 key; the gateway trusts its JWKS")
                .data("kid", KID).artifact(Artifact.jwks("auth server JWKS", ring.jwks().toString())).emit();
        JwtIssuer issuer = new JwtIssuer(ring, sim.clock());

        boolean least = fixes.has(Fix.LEAST_PRIVILEGE);
        String scope = least ? "orders:read" : "orders:read orders:export payments:refund";
        String account = token(sim, issuer, "web-app", ShopServices.AUDIENCE, scope);
        sim.event(EventKinds.TOKEN_ISSUED, AUTH).to(WEB_APP).cause(key)
                .caption("The web app's service account gets a token with scope " + scope)
                .data("scope", scope)
                .artifact(Artifact.jwt("service account token", account))
                .gives(WEB_APP, new Credential("web-app-account", Credential.Kind.TOKEN, "web app's token",
                        Set.of(GATEWAY, ORDERS),
                        sim.now().plus(TOKEN_TTL)))
                .emit();
        String mallory = token(sim, issuer, "mallory", ShopServices.AUDIENCE, "orders:read");
        sim.event(EventKinds.TOKEN_ISSUED, AUTH).to(ATTACKER).cause(key)
                .caption("Mallory, a real customer, logs in: her token says sub mallory, aud shop-api")
                .artifact(Artifact.jwt("Mallory's token", mallory))
                .gives(ATTACKER, new Credential("mallory-token", Credential.Kind.TOKEN, "Mallory's token",
                        Set.of(GATEWAY), sim.now().plus(TOKEN_TTL)))
                .emit();
        String partner = token(sim, issuer, "alice", "partner-api", "orders:read");
        sim.event(EventKinds.TOKEN_ISSUED, AUTH).to(ATTACKER).cause(key)
                .caption("Alice signs in to a partner's app (the attacker's): her token there says aud partner-api")
                .artifact(Artifact.jwt("Alice's partner token", partner))
                .emit();

        DatabaseRoles roles = new DatabaseRoles(new PasswordHasher(PasswordHasher.SIMULATION_COST,
                sim.randomness().secure()));
        OpaqueSecrets secrets = new OpaqueSecrets(sim.randomness().secure());
        ShopServices.Login login;
        Credential dbCredential;
        if (fixes.has(Fix.VAULT)) {
            Lease lease = new Leases().issue("database/creds/orders/" + sim.randomness().uuid(),
                    secrets.next("pw-", 16), sim.now(), LEASE, LEASE);
            String role = "v-orders-" + lease.id().substring(lease.id().length() - 6);
            roles.create(role, lease.secret(), lease.expires());
            login = new ShopServices.Login(role, lease.secret());
            dbCredential = new Credential("db-lease", Credential.Kind.PASSWORD, "orders' DB lease",
                    Set.of(USERS_DB), lease.expires());
            sim.event(EventKinds.TOKEN_ISSUED, VAULT).to(ORDERS)
                    .caption("The vault creates DB role " + role + " for orders, valid for one hour;"
                            + " the deploy log in the repo prints it")
                    .data("role", role).data("expires", lease.expires().toString())
                    .gives(ORDERS, dbCredential).emit();
        } else {
            String password = secrets.next("pw-", 16);
            roles.create("orders_app", password, null);
            login = new ShopServices.Login("orders_app", password);
            dbCredential = new Credential("db-password", Credential.Kind.PASSWORD, "DB password in the code",
                    Set.of(USERS_DB), null);
            sim.event(EventKinds.NOTE, REPO).to(ORDERS)
                    .caption("Orders' config in the code repo holds the users DB password (role orders_app,"
                            + " never expires)")
                    .artifact(Artifact.text("config/db.properties", "db.user=orders_app\ndb.password=" + password
                            + "\n"))
                    .gives(ORDERS, dbCredential).emit();
        }

        KeyPair ordersKeys = RequestSigner.newKeyPair(sim.randomness().secure());
        new ShopServices(sim, fixes, ring.jwks(), ordersKeys.getPublic(), roles).install();
        SignedRequest refund = RequestSigner.sign(ordersKeys.getPrivate(), "POST", "/refunds", sim.now(),
                sim.randomness().uuid().toString(), "", "{\"order\":1003,\"amount\":40}");
        Exchange legit = sim.send(ShopServices.refund(ORDERS, refund,
                "Orders asks payments to refund order 1003 (signed with orders' key, X-Caller: orders)"));
        if (!legit.ok()) {
            throw new IllegalStateException("the shop's own refund call must pass: " + legit.status());
        }
        return new BuiltShop(account, mallory, partner, refund, login,
                new Credential("leaked-db-login", Credential.Kind.PASSWORD, "the leaked DB login", Set.of(USERS_DB),
                        dbCredential.notAfter()));
    }

    private static String token(Simulation sim, JwtIssuer issuer, String sub, String audience, String scope) {
        return issuer.token(KID).issuer(ShopServices.ISSUER).subject(sub).audience(audience).type("at+jwt")
                .ttl(TOKEN_TTL).claim("scope", scope).jti(sim.randomness().uuid().toString()).sign();
    }
}
