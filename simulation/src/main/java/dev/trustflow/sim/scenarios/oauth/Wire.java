package dev.trustflow.sim.scenarios.oauth;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.engine.EventBuilder;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.oauth.server.IssuedToken;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.world.Link;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Puts what the actors do on the timeline in one consistent shape: requests and responses carry
 * {@code method}, {@code path}, {@code channel} (front, back, attack) and their OAuth parameters as data; tokens
 * travel as artifacts; each check is its own event.
 */
final class Wire {

    /** Passing checks worth a timeline step of their own; every failing check is always shown. */
    static final Set<String> SHOWN_PASSES = Set.of("jwt.signature", "jwt.aud", "jwt.exp", "jwt.scope",
            "jwt.denylist", "session.lookup", "pkce.challenge", "pkce.verifier", "oauth.state", "oauth.redirect-uri",
            "oauth.code-reuse", "oauth.client-auth", "oauth.scope", "oidc.aud", "oidc.nonce", "oidc.token-type",
            "refresh.reuse", "refresh.revoked", "refresh.expired", "oauth.response-type");

    /** Kind of {@link #note}. */
    static final String FLOW_NOTE = "flow.note";
    /** Kind of {@link #state}. */
    static final String SERVER_STATE = "server.state";

    private static final java.time.format.DateTimeFormatter CLOCK =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneOffset.UTC);
    private static final Duration LATENCY = Duration.ofMillis(40);

    private final Simulation sim;

    Wire(Simulation sim) {
        this.sim = sim;
    }

    Simulation sim() {
        return sim;
    }

    Instant now() {
        return sim.now();
    }

    int request(String from, String to, String method, String path, String caption, Map<String, ?> params,
                Artifact... artifacts) {
        sim.tick(LATENCY);
        EventBuilder e = sim.event(EventKinds.HTTP_REQUEST, from).to(to).caption(caption)
                .data("method", method).data("path", path).data("channel", channel(from, to)).data(params);
        for (Artifact a : artifacts) {
            e.artifact(a);
        }
        return e.emit();
    }

    int response(String from, String to, int status, String caption, Map<String, ?> params, Artifact... artifacts) {
        sim.tick(LATENCY);
        EventBuilder e = sim.event(EventKinds.HTTP_RESPONSE, from).to(to).caption(caption).data("status", status)
                .data("channel", channel(from, to)).data(params);
        for (Artifact a : artifacts) {
            e.artifact(a);
        }
        return e.emit();
    }

    /** An API downloads the authorization server's public keys once, before it checks any token. */
    void jwksFetch(String api, String label, com.nimbusds.jose.jwk.JWKSet jwks) {
        request(api, Cast.AUTH, "GET", "/.well-known/jwks.json", "The " + label + " fetches the authorization server's"
                + " public signing key (JWKS) once; from then on it checks tokens by itself.", Map.of());
        response(Cast.AUTH, api, 200, "The JWKS holds only the public key: the private key never leaves the"
                + " authorization server.", Map.of("keys", jwks.getKeys().size()),
                Artifact.jwks("JWKS", jwks.toString()));
    }

    /** Emits the failing checks and the passes worth showing, in order; returns whether all passed. */
    boolean checks(String actor, List<CheckResult> checks) {
        return checks(actor, checks, Set.of());
    }

    /** As {@link #checks(String, List)}, also leaving out passes of {@code quiet} (shown only if they fail). */
    boolean checks(String actor, List<CheckResult> checks, Set<String> quiet) {
        boolean all = true;
        for (CheckResult c : checks) {
            if (!c.passed() || SHOWN_PASSES.contains(c.check()) && !quiet.contains(c.check())) {
                sim.check(actor, c);
            }
            all &= c.passed();
        }
        return all;
    }

    boolean check(String actor, CheckResult c) {
        sim.check(actor, c);
        return c.passed();
    }

    /** A summary of every check for a response's data: {@code ["jwt.signature: pass", "jwt.exp: FAIL"]}. */
    static List<String> summary(List<CheckResult> checks) {
        return checks.stream().map(c -> c.check() + (c.passed() ? ": pass" : ": FAIL")).toList();
    }

    void issued(String by, String to, IssuedToken token, String caption, String storeState) {
        EventBuilder e = sim.event(EventKinds.TOKEN_ISSUED, by).to(to).caption(caption)
                .data("token", token.kind().label()).data("id", token.id()).data("subject", token.subject())
                .data("client_id", token.clientId()).data("scope", token.scope())
                .data("expires", token.expiresAt().toString()).artifact(artifact(token));
        if (storeState != null) {
            e.artifact(Artifact.text("token store", storeState));
        }
        e.emit();
    }

    void revoked(String by, String what, String caption, String storeState) {
        EventBuilder e = sim.event(EventKinds.TOKEN_REVOKED, by).caption(caption).data("revoked", what);
        if (storeState != null) {
            e.artifact(Artifact.text("token store", storeState));
        }
        e.emit();
    }

    static Artifact artifact(IssuedToken token) {
        return token.isJwt() ? Artifact.jwt(token.kind().label(), token.value())
                : Artifact.text(token.kind().label() + " (opaque)", token.value());
    }

    /** Something a person does in their browser (types, clicks); drawn as a message to the browser. */
    void user(String person, String browser, String caption) {
        sim.tick(LATENCY);
        sim.event(EventKinds.MESSAGE_SENT, person).to(browser).caption(caption).emit();
    }

    void attack(String attacker, String target, String caption, Map<String, ?> data) {
        sim.event(EventKinds.ATTACK_STEP, attacker).to(target).caption(caption).data(data).emit();
    }

    void leaked(String from, String to, String what, String caption) {
        sim.event(EventKinds.DATA_LEAKED, from).to(to).caption(caption).data("what", what).emit();
    }

    void alert(String by, String caption, Map<String, ?> data) {
        sim.event(EventKinds.ALERT_RAISED, by).caption(caption).data(data).emit();
    }

    /**
     * Something an actor concludes or cannot do, said in words ("nothing to delete"). Its own dotted kind:
     * {@code EventKinds.NOTE} ("note") does not pass {@code EventKinds.VALID}, so a trace holding it would not
     * read back.
     */
    void note(String actor, String caption) {
        sim.event(FLOW_NOTE, actor).caption(caption).emit();
    }

    /** An actor's stored state (registered clients, codes, sessions) shown to the inspector as a text artifact. */
    void state(String actor, String caption, String label, String text) {
        sim.event(SERVER_STATE, actor).caption(caption).artifact(Artifact.text(label, text)).emit();
    }

    /** Jumps the clock to {@code at} and says so on the timeline; nothing happens when {@code at} is not later. */
    void jumpTo(Instant at, String actor) {
        jumpTo(at, actor, "");
    }

    /** As {@link #jumpTo(Instant, String)}, with words added to the caption (", 31 days after sign-in"). */
    void jumpTo(Instant at, String actor, String more) {
        Duration by = Duration.between(sim.now(), at);
        if (!by.isNegative() && !by.isZero()) {
            sim.jump(by, actor, Later.words(by) + ": " + CLOCK.format(at) + " UTC" + more);
        }
    }

    private String channel(String from, String to) {
        return sim.world().build().link(from, to).map(Link::channel).map(c -> c.name().toLowerCase(Locale.ROOT))
                .orElse("none");
    }
}
