package dev.trustflow.app.inspector;

import dev.trustflow.sim.crypto.jwt.JwtIssuer;
import dev.trustflow.sim.crypto.jwt.JwtPolicy;
import dev.trustflow.sim.crypto.jwt.JwtVerifier;
import dev.trustflow.sim.crypto.jwt.KeyRing;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.world.ActorKind;
import dev.trustflow.sim.world.Channel;
import java.time.Duration;
import java.util.Map;

/**
 * A small real run: the auth server issues a 15-minute ES256 access token, 20 minutes pass, Alice's app calls
 * the gateway with it, the gateway really verifies it (nimbus, through JwtVerifier) and answers 401.
 */
final class InspectorFixture {

    static final String ISSUER = "https://auth.trustflow.demo";
    static final String AUDIENCE = "orders-api";

    final Trace trace;
    final String token;
    final int issued;
    final int jump;
    final int request;
    final int firstCheck;
    final int expCheck;
    final int lastCheck;
    final int response;

    InspectorFixture() {
        Simulation sim = new Simulation(7);
        sim.world().actor("auth-server", "Auth server", ActorKind.AUTHORIZATION_SERVER, "internet");
        sim.world().actor("alice-app", "Alice's app", ActorKind.CLIENT_APP, "internet");
        sim.world().actor("api-gateway", "API gateway", ActorKind.API_GATEWAY, "dmz");
        sim.world().link("auth-server", "alice-app", Channel.FRONT).link("alice-app", "api-gateway", Channel.FRONT);
        KeyRing ring = new KeyRing();
        ring.es256("auth-es256");
        token = new JwtIssuer(ring, sim.clock()).token("auth-es256").issuer(ISSUER).subject("alice")
                .audience(AUDIENCE).type("at+jwt").claim("scope", "orders:read").sign();
        issued = sim.event(EventKinds.TOKEN_ISSUED, "auth-server").to("alice-app")
                .caption("The auth server issues Alice's app a 15-minute access token")
                .artifact(Artifact.jwt("access token", token))
                .artifact(new Artifact(Artifact.JWKS, "issuer keys", ring.jwks().toString()))
                .emit();
        sim.jump(Duration.ofMinutes(20), "alice-app", "20 minutes later");
        jump = sim.events().size() - 1;
        request = sim.event(EventKinds.HTTP_REQUEST, "alice-app").to("api-gateway")
                .caption("Alice's app calls GET /orders/1001 with its old token")
                .data("method", "GET").data("path", "/orders/1001")
                .artifact(Artifact.jwt("access token", token))
                .emit();
        var report = new JwtVerifier(JwtPolicy.inspect(ISSUER, AUDIENCE)).verify(token, ring.jwks(), sim.now());
        firstCheck = sim.events().size();
        int exp = -1;
        for (var check : report.checks()) {
            int seq = sim.check("api-gateway", check);
            if (check.check().equals("jwt.exp")) {
                exp = seq;
            }
        }
        expCheck = exp;
        lastCheck = sim.events().size() - 1;
        response = sim.event(EventKinds.HTTP_RESPONSE, "api-gateway").to("alice-app")
                .caption("The gateway answers 401: the token has expired")
                .data("status", 401)
                .emit();
        trace = new Trace(Trace.FORMAT, "fixture", "An expired token", 7, Map.of(), sim.world().build(),
                sim.events(), Map.of());
    }
}
