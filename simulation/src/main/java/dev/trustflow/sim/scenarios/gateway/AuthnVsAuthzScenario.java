package dev.trustflow.sim.scenarios.gateway;

import dev.trustflow.sim.crypto.jwt.JwtForgery;
import dev.trustflow.sim.crypto.jwt.JwtIssuer;
import dev.trustflow.sim.crypto.jwt.JwtPolicy;
import dev.trustflow.sim.crypto.jwt.JwtVerifier;
import dev.trustflow.sim.crypto.jwt.KeyRing;
import dev.trustflow.sim.engine.Exchange;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.scenario.OptionSpec;
import dev.trustflow.sim.scenario.Options;
import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.scenarios.DemoCast;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.world.ActorKind;
import dev.trustflow.sim.world.Channel;
import dev.trustflow.sim.world.Credential;
import dev.trustflow.sim.world.Link;
import dev.trustflow.sim.world.Protection;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Lesson 4: 401 means "who are you?", 403 means "you may not". The gateway authenticates every call with a
 * real JWT verification; the orders service may or may not check that the caller owns the order. Mallory,
 * a real customer with her own valid token, asks for Alice's order 1002: with the object-level check she
 * gets 403, without it she reads Alice's order (BOLA).
 */
public final class AuthnVsAuthzScenario implements Scenario {

    public static final String ID = "authn-vs-authz";
    public static final String OPTION_REQUEST = "request";
    public static final String OPTION_OBJECT_CHECK = "object-check";
    public static final String AUTH_SERVER = DemoCast.AUTH_SERVER;
    public static final String ALICE_APP = "alice-app";
    public static final String MALLORY_APP = "mallory-app";
    public static final String GATEWAY = DemoCast.GATEWAY;
    public static final String ORDERS = "orders-service";
    public static final String ISSUER = DemoCast.ISSUER;
    public static final String AUDIENCE = "orders-api";

    private static final String KID = "auth-server-es256";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Authentication vs authorization: 401 or 403";
    }

    @Override
    public String description() {
        return "The gateway checks who is calling on every request (401 when it cannot tell); the orders service "
                + "must still check that the caller may see this order (403). Without that object-level check, "
                + "Mallory reads Alice's order with her own perfectly valid token.";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.choice(OPTION_REQUEST, MalloryRequest.OTHER_USERS_ORDER.id(), MalloryRequest.ids(),
                        "Mallory's request", "no token, a token she edited, her own order 1003, or Alice's order"
                                + " 1002 with her own valid token"),
                OptionSpec.bool(OPTION_OBJECT_CHECK, true, "Object-level check",
                        "The orders service checks that the caller owns the order (off: any logged-in user reads"
                                + " any order)"));
    }

    @Override
    public void play(Simulation sim, Options options) {
        MalloryRequest request = MalloryRequest.of(options.choice(OPTION_REQUEST));
        boolean objectCheck = options.flag(OPTION_OBJECT_CHECK);
        declareWorld(sim);
        KeyRing ring = sim.keys();
        ring.es256(KID);
        int keyCreated = sim.event(EventKinds.KEY_CREATED, AUTH_SERVER).to(GATEWAY)
                .caption("The auth server creates its ES256 signing key; the gateway trusts its public JWKS")
                .data("alg", "ES256").data("kid", KID)
                .artifact(Artifact.jwks("auth server JWKS", ring.jwks().toString()))
                .emit();
        JwtIssuer issuer = new JwtIssuer(ring, sim.clock());
        new OrdersApi(sim, new JwtVerifier(policy()), ring.jwks(), objectCheck).install();

        String aliceToken = issue(sim, issuer, ALICE_APP, "alice", "Alice", keyCreated);
        Exchange alice = sim.send(OrdersApi.call(ALICE_APP, "Alice's app", aliceToken, 1002));

        String malloryToken = issue(sim, issuer, MALLORY_APP, "mallory", "Mallory", keyCreated);
        String sent = prepare(sim, request, malloryToken);
        Exchange mallory = sim.send(OrdersApi.call(MALLORY_APP, "Mallory's app", sent, request.orderId())
                .causedBy(sim.events().size() - 1));
        boolean leaked = OrdersApi.leakIfNotOwner(sim, mallory, request.orderId());

        sim.summary().put("request", request.id());
        sim.summary().put("objectCheck", objectCheck);
        sim.summary().put("aliceStatus", alice.status().orElse(0));
        sim.summary().put("malloryStatus", mallory.status().orElse(0));
        sim.summary().put("leaked", leaked);
    }

    /** The gateway's real policy: ES256 only, this issuer, this API's audience, typ at+jwt, sub and exp. */
    static JwtPolicy policy() {
        return new JwtPolicy(Set.of("ES256"), ISSUER, AUDIENCE, Set.of("sub", "exp"), Duration.ofSeconds(30),
                "at+jwt");
    }

    private static void declareWorld(Simulation sim) {
        sim.world().actor(AUTH_SERVER, "Auth server", ActorKind.AUTHORIZATION_SERVER, "identity");
        sim.world().actor(ALICE_APP, "Alice's app", ActorKind.CLIENT_APP, "internet");
        sim.world().actor(MALLORY_APP, "Mallory's app (a real customer)", ActorKind.ATTACKER, "internet");
        sim.world().actor(GATEWAY, "API gateway", ActorKind.API_GATEWAY, "edge");
        sim.world().actor(ORDERS, "Orders service", ActorKind.SERVICE, "internal");
        sim.world().link(AUTH_SERVER, ALICE_APP, Channel.BACK, Protection.TLS);
        sim.world().link(AUTH_SERVER, MALLORY_APP, Channel.BACK, Protection.TLS);
        sim.world().link(AUTH_SERVER, GATEWAY, Channel.BACK, Protection.TLS);
        sim.world().link(ALICE_APP, GATEWAY, Channel.BACK, Protection.TLS);
        sim.world().link(MALLORY_APP, GATEWAY, Channel.ATTACK, Protection.TLS);
        sim.world().link(GATEWAY, ORDERS, Channel.BACK);
    }

    private static String issue(Simulation sim, JwtIssuer issuer, String app, String user, String name,
                                int keyCreated) {
        Duration ttl = Duration.ofMinutes(15);
        String token = issuer.token(KID).issuer(ISSUER).subject(user).audience(AUDIENCE).type("at+jwt")
                .ttl(ttl).claim("scope", "orders:read")
                .jti(sim.randomness().uuid().toString())
                .sign();
        sim.tick(Duration.ofMillis(Link.DEFAULT_LATENCY_MS));
        sim.event(EventKinds.TOKEN_ISSUED, AUTH_SERVER).to(app).cause(keyCreated)
                .caption(name + " logs in; the auth server issues her app an access token (sub " + user
                        + ", scope orders:read)")
                .data("sub", user).data("aud", AUDIENCE)
                .artifact(Artifact.jwt("access token", token))
                .gives(app, new Credential("access-token-" + user, Credential.Kind.TOKEN, name + "'s access token",
                        Set.of(GATEWAY, ORDERS), sim.now().plus(ttl)))
                .emit();
        return token;
    }

    /** What Mallory's app sends as its bearer token (null: none at all). */
    private static String prepare(Simulation sim, MalloryRequest request, String token) {
        switch (request) {
            case NO_TOKEN:
                return null;
            case BAD_TOKEN:
                String edited = JwtForgery.withClaim(token, "sub", "alice");
                sim.event(EventKinds.ATTACK_STEP, MALLORY_APP).cause(sim.events().size() - 1)
                        .caption("Mallory edits her token's sub to alice, keeping her signature")
                        .data("step", "edit-sub")
                        .artifact(Artifact.jwt("edited token", edited))
                        .emit();
                return edited;
            case OTHER_USERS_ORDER:
                sim.event(EventKinds.ATTACK_STEP, MALLORY_APP)
                        .caption("Mallory changes the id in the URL from her order 1003 to 1002")
                        .data("step", "change-id")
                        .emit();
                return token;
            default:
                return token;
        }
    }
}
