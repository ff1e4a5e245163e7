package dev.trustflow.sim.scenarios.tokens;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import dev.trustflow.sim.crypto.jwt.JwtIssuer;
import dev.trustflow.sim.crypto.jwt.JwtPolicy;
import dev.trustflow.sim.crypto.jwt.JwtVerifier;
import dev.trustflow.sim.crypto.jwt.KeyRing;
import dev.trustflow.sim.crypto.jwt.NaiveJwtVerifier;
import dev.trustflow.sim.engine.Exchange;
import dev.trustflow.sim.engine.Reply;
import dev.trustflow.sim.engine.Request;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.scenario.OptionSpec;
import dev.trustflow.sim.scenario.Options;
import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.scenarios.DemoCast;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.DataKeys;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.world.ActorKind;
import dev.trustflow.sim.world.Channel;
import dev.trustflow.sim.world.Credential;
import dev.trustflow.sim.world.Protection;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Lesson 5: the auth server issues Alice's app a signed access token; the attacker copies it (anyone can
 * read a JWT), rewrites or replays it, and the gateway verifies what it receives. A strict verifier, trusting
 * only the JWKS the gateway fetched, refuses each forgery at the check that catches it; a naive one (trusts the
 * header's alg, checks no claims) really lets alg none, algorithm confusion, a wrong audience and an expired
 * token through, and data leaks. Requests go through the world with {@code sim.send} (docs/ARCHITECTURE.md).
 */
public final class JwtAnatomyScenario implements Scenario {

    public static final String ID = "jwt-anatomy";
    public static final String OPTION_ATTACK = "attack";
    public static final String OPTION_VERIFIER = "verifier";
    public static final String AUTH_SERVER = DemoCast.AUTH_SERVER;
    public static final String ALICE_APP = "alice-app";
    public static final String ATTACKER = "attacker";
    public static final String GATEWAY = DemoCast.GATEWAY;
    public static final String ORDERS = "orders-service";
    public static final String ISSUER = DemoCast.ISSUER;
    public static final String AUDIENCE = "orders-api";
    public static final String OTHER_AUDIENCE = "billing-api";
    public static final Duration TOKEN_TTL = Duration.ofMinutes(15);

    static final String EC_KID = "auth-server-es256";
    static final String RSA_KID = "auth-server-rs256";
    private static final String TOKEN_ID = "access-token-alice";
    private static final String JWKS = "jwks";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Anatomy of a JWT: signed, not encrypted";
    }

    @Override
    public String description() {
        return "Anyone holding a JWT can read it: base64url is not encryption. The signature only stops "
                + "tampering, and only if the verifier checks it properly. Forge the token in six classic ways "
                + "and watch a strict verifier refuse each for its own reason while a naive one lets some through.";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.choice(OPTION_ATTACK, JwtAttack.NONE.id(), JwtAttack.ids(), "Attack",
                        "What the attacker does with Alice's token: nothing (a valid call), edit the payload, strip"
                                + " the signature, alg none, HS256 with the public key, another API's token, or"
                                + " replay it after it expired"),
                OptionSpec.choice(OPTION_VERIFIER, "strict", List.of("strict", "naive"), "Verifier",
                        "strict: allow-listed alg, trusted key, signature, typ, iss, aud, exp, nbf; naive: trusts"
                                + " the token's own alg and checks no claims"));
    }

    @Override
    public void play(Simulation sim, Options options) {
        JwtAttack attack = JwtAttack.of(options.choice(OPTION_ATTACK));
        boolean strict = "strict".equals(options.choice(OPTION_VERIFIER));
        declareWorld(sim);
        KeyRing ring = sim.keys();
        JWK key = attack.needsRsa() ? ring.rs256(RSA_KID) : ring.es256(EC_KID);
        String alg = key.getAlgorithm().getName();
        int created = sim.event(EventKinds.KEY_CREATED, AUTH_SERVER)
                .caption("The auth server creates its " + alg + " signing key '" + key.getKeyID()
                        + "' and publishes the public half as a JWKS")
                .data("alg", alg).data("kid", key.getKeyID())
                .artifact(Artifact.jwks("auth server JWKS", ring.jwks().toString()))
                .emit();
        JWKSet trusted = fetchJwks(sim, ring, created);

        String audience = attack == JwtAttack.WRONG_AUDIENCE ? OTHER_AUDIENCE : AUDIENCE;
        String token = new JwtIssuer(ring, sim.clock()).token(key.getKeyID())
                .issuer(ISSUER).subject("alice").audience(audience).type("at+jwt").ttl(TOKEN_TTL)
                .claim("scope", "orders:read").claim("role", "customer")
                .jti(sim.randomness().uuid().toString())
                .sign();
        sim.tick(Duration.ofMillis(sim.world().build().link(AUTH_SERVER, ALICE_APP).orElseThrow().latencyMs()));
        int issued = sim.event(EventKinds.TOKEN_ISSUED, AUTH_SERVER).to(ALICE_APP).cause(created)
                .caption("The auth server issues Alice's app an " + alg + " access token for the "
                        + (audience.equals(AUDIENCE) ? "orders API" : "billing API")
                        + ": sub alice, role customer, valid 15 minutes")
                .data("alg", alg).data("kid", key.getKeyID()).data("sub", "alice").data("aud", audience)
                .data("exp", sim.now().plus(TOKEN_TTL).toString())
                .artifact(Artifact.jwt("access token", token))
                .gives(ALICE_APP, new Credential(TOKEN_ID, Credential.Kind.TOKEN, "Alice's access token",
                        Set.of(GATEWAY, ORDERS), sim.now().plus(TOKEN_TTL)))
                .emit();

        OrdersBehindGateway orders = new OrdersBehindGateway(sim, strict
                ? (presented, now) -> new JwtVerifier(policy(alg)).verify(presented, trusted, now)
                : (presented, now) -> new NaiveJwtVerifier(key).verify(presented));
        orders.install();
        Exchange call;
        String caller;
        if (attack == JwtAttack.NONE) {
            caller = ALICE_APP;
            call = sim.send(OrdersBehindGateway.call(ALICE_APP, "Alice's app", token).causedBy(issued));
        } else {
            caller = ATTACKER;
            AnatomyAttacker.Forged forged = AnatomyAttacker.act(sim, attack, token, TOKEN_ID, issued, key);
            call = sim.send(OrdersBehindGateway.call(ATTACKER, "The attacker", forged.token())
                    .causedBy(forged.lastStep()));
        }
        orders.leakIfAttacker(call, caller);

        sim.summary().put("attack", attack.id());
        sim.summary().put("verifier", strict ? "strict" : "naive");
        sim.summary().put("status", call.status().orElse(0));
        sim.summary().put("accepted", ORDERS.equals(call.answeredBy()));
        sim.events().get(call.responseSeq()).text(DataKeys.CHECK)   // the check the caller's 401 cites
                .ifPresent(check -> sim.summary().put("failedCheck", check));
    }

    /** The strict gateway's policy: the server's alg only, iss, aud, typ at+jwt, sub and exp required. */
    static JwtPolicy policy(String alg) {
        return new JwtPolicy(Set.of(alg), ISSUER, AUDIENCE, Set.of("sub", "exp"), Duration.ofSeconds(30), "at+jwt");
    }

    private static void declareWorld(Simulation sim) {
        sim.world().actor(AUTH_SERVER, "Auth server", ActorKind.AUTHORIZATION_SERVER, "identity");
        sim.world().actor(ALICE_APP, "Alice's app", ActorKind.CLIENT_APP, "internet");
        sim.world().actor(ATTACKER, "Attacker", ActorKind.ATTACKER, "internet");
        sim.world().actor(GATEWAY, "API gateway", ActorKind.API_GATEWAY, "edge");
        sim.world().actor(ORDERS, "Orders service", ActorKind.SERVICE, "internal");
        sim.world().link(AUTH_SERVER, ALICE_APP, Channel.BACK, Protection.TLS);
        sim.world().link(AUTH_SERVER, GATEWAY, Channel.BACK, Protection.TLS);
        sim.world().link(ALICE_APP, GATEWAY, Channel.BACK, Protection.TLS);
        sim.world().link(GATEWAY, ORDERS, Channel.BACK);
        sim.world().link(ALICE_APP, ATTACKER, Channel.ATTACK);
        sim.world().link(ATTACKER, GATEWAY, Channel.ATTACK, Protection.TLS);
        sim.world().link(ATTACKER, AUTH_SERVER, Channel.ATTACK, Protection.TLS);
    }

    /** The gateway downloads the auth server's JWKS; what comes back is what it will trust. */
    private static JWKSet fetchJwks(Simulation sim, KeyRing ring, int created) {
        JWKSet published = ring.jwks();
        sim.serve(AUTH_SERVER, at -> Reply.of(200, "200 OK: the auth server's public keys")
                .artifact(Artifact.jwks("auth server JWKS", published.toString()))
                .carry(JWKS, published));
        Exchange fetched = sim.send(Request.get(GATEWAY, AUTH_SERVER, "/.well-known/jwks.json").causedBy(created)
                .caption("The gateway fetches the JWKS: it will trust these keys and no others"));
        return fetched.carried(JWKS, JWKSet.class).orElseThrow();
    }
}
