package dev.trustflow.sim.scenarios.authz;

import static dev.trustflow.sim.scenarios.authz.AuthzCast.AUDIENCE;
import static dev.trustflow.sim.scenarios.authz.AuthzCast.DOCS;
import static dev.trustflow.sim.scenarios.authz.AuthzCast.IDP;
import static dev.trustflow.sim.scenarios.authz.AuthzCast.ISSUER;

import dev.trustflow.sim.crypto.jwt.JwtIssuer;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.DataKeys;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.world.Credential;
import dev.trustflow.sim.world.Link;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The identity provider: it signs access tokens for the docs service with its ES256 key, copying each user's
 * profile (department and role) into the {@code dept} and {@code role} claims. Users may edit their own profile's
 * role (a self-service attribute), so those claims say what the user set, signed all the same.
 */
final class IdentityProvider {

    static final String KID = "idp-es256";
    private static final Duration TTL = Duration.ofMinutes(15);

    private final Simulation sim;
    private final JwtIssuer issuer;
    private final int keyCreated;
    private final Map<String, String[]> profiles = new HashMap<>(Map.of(
            Directory.BOB, new String[] {"finance", "viewer"},
            Directory.EXPORT, new String[] {"*", "exporter"}));

    IdentityProvider(Simulation sim, int keyCreated) {
        this.sim = sim;
        this.issuer = new JwtIssuer(sim.keys(), sim.clock());
        this.keyCreated = keyCreated;
    }

    /** The user sets their own profile's role; returns the attack step's seq. */
    int selfEditRole(String app, String user, String role) {
        String before = profiles.get(user)[1];
        profiles.get(user)[1] = role;
        return sim.event(EventKinds.ATTACK_STEP, app).to(IDP)
                .caption(user + " edits his own IdP profile: role " + before + " → " + role)
                .data(DataKeys.STEP, "edit-role-claim").data("from", before).data("role", role)
                .emit();
    }

    /** Signs in {@code user} for {@code app} and records the token issued to the app. */
    String issue(String app, String user, String caption, Integer cause) {
        String token = sign(user, null);
        sim.tick(Duration.ofMillis(Link.DEFAULT_LATENCY_MS));
        String[] p = profiles.get(user);
        sim.event(EventKinds.TOKEN_ISSUED, IDP).to(app).cause(cause == null ? keyCreated : cause)
                .caption(caption + " (sub " + user + ", role " + p[1] + ")")
                .data("sub", user).data("dept", p[0]).data("role", p[1]).data("aud", AUDIENCE)
                .artifact(Artifact.jwt("access token", token))
                .gives(app, new Credential("token-" + user + "-" + app, Credential.Kind.TOKEN, user
                        + "'s access token", Set.of(DOCS), sim.now().plus(TTL)))
                .emit();
        return token;
    }

    /**
     * Token exchange (RFC 8693): {@code actor} trades {@code user}'s token for one addressed to the docs service
     * that still names the user as subject and the actor in {@code act}.
     */
    String exchange(String actor, String user, Integer cause) {
        String token = sign(user, actor);
        sim.tick(Duration.ofMillis(Link.DEFAULT_LATENCY_MS));
        sim.event(EventKinds.TOKEN_ISSUED, IDP).to(actor).cause(cause)
                .caption("Token exchange: the IdP gives the " + actor + " a token for the docs service with sub "
                        + user + " and act " + actor)
                .data("sub", user).data("act", actor).data("aud", AUDIENCE)
                .artifact(Artifact.jwt("exchanged token", token))
                .emit();
        return token;
    }

    private String sign(String user, String actor) {
        String[] p = profiles.get(user);
        var builder = issuer.token(KID).issuer(ISSUER).subject(user).audience(AUDIENCE).type("at+jwt").ttl(TTL)
                .claim("dept", p[0]).claim("role", p[1])
                .jti(sim.randomness().uuid().toString());
        if (actor != null) {
            builder.claim("act", Map.of("sub", actor));
        }
        return builder.sign();
    }
}
