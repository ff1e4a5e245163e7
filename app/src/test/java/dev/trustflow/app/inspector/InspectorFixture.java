package dev.trustflow.app.inspector;

import dev.trustflow.sim.crypto.jwt.JwtIssuer;
import dev.trustflow.sim.crypto.jwt.JwtPolicy;
import dev.trustflow.sim.crypto.jwt.JwtVerifier;
import dev.trustflow.sim.crypto.jwt.KeyRing;
import dev.trustflow.sim.engine.Exchange;
import dev.trustflow.sim.engine.Reply;
import dev.trustflow.sim.engine.Request;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.world.ActorKind;
import dev.trustflow.sim.world.Channel;
import dev.trustflow.sim.world.Link;
import dev.trustflow.sim.world.Protection;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

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
        sim.world().link("auth-server", "alice-app", Channel.FRONT)
                .link(new Link("alice-app", "api-gateway", Channel.FRONT, Protection.PLAIN, 0));
        KeyRing ring = sim.keys();
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
        JwtVerifier verifier = new JwtVerifier(JwtPolicy.inspect(ISSUER, AUDIENCE));
        int[] exp = {-1};
        sim.guard("api-gateway", at -> {
            for (var check : verifier.verify(token, ring.jwks(), at.now()).checks()) {
                at.check(check);
                if (check.check().equals("jwt.exp")) {
                    exp[0] = sim.events().size() - 1;
                }
            }
            return Optional.of(Reply.of(401, "The gateway answers 401: the token has expired")
                    .causedBy(exp[0]));
        });
        Exchange call = sim.send(Request.get("alice-app", "api-gateway", "/orders/1001")
                .caption("Alice's app calls GET /orders/1001 with its old token")
                .artifact(Artifact.jwt("access token", token)));
        request = call.requestSeq();
        firstCheck = request + 1;
        expCheck = exp[0];
        response = call.responseSeq();
        lastCheck = response - 1;
        trace = new Trace(Trace.FORMAT, "fixture", "An expired token", 7, Map.of(), sim.world().build(),
                sim.events(), Map.of());
    }
}
