package dev.trustflow.sim.scenarios.oauth;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.engine.Arrival;
import dev.trustflow.sim.engine.EventBuilder;
import dev.trustflow.sim.engine.Exchange;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.present.Durations;
import dev.trustflow.sim.oauth.server.IssuedToken;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.DataKeys;
import dev.trustflow.sim.trace.EventKinds;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the token-lifecycle family puts on the timeline besides HTTP (which {@link Simulation#send} records):
 * what a person does in the browser, attack moves, leaks, notes, server state and clock jumps, each naming the
 * event that caused it. Also which passing checks are worth a step of their own ({@link #SHOWN}); every failing
 * check is always shown. See docs/ARCHITECTURE.md.
 */
final class Timeline {

    /** Passing checks worth a timeline step of their own (for {@code Arrival.checks(results, SHOWN)}). */
    static final Predicate<CheckResult> SHOWN = c -> Set.of("jwt.signature", "jwt.aud", "jwt.exp", "jwt.scope",
            "jwt.denylist", "session.lookup", "pkce.challenge", "pkce.verifier", "oauth.state", "oauth.redirect-uri",
            "oauth.code-reuse", "oauth.client-auth", "oauth.scope", "oidc.aud", "oidc.nonce", "oidc.token-type",
            "refresh.reuse", "refresh.revoked", "refresh.expired", "oauth.response-type").contains(c.check());

    /** As {@link #SHOWN}, but an app checking an ID token does not show its passing {@code jwt.aud} twice. */
    static final Predicate<CheckResult> SHOWN_BY_RELYING_PARTY = SHOWN.and(c -> !c.check().equals("jwt.aud"));

    /** Kind of {@link #note}. */
    static final String FLOW_NOTE = "flow.note";
    /** Kind of {@link #state}. */
    static final String SERVER_STATE = "server.state";

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    private final Simulation sim;

    Timeline(Simulation sim) {
        this.sim = sim;
    }

    Simulation sim() {
        return sim;
    }

    /** The seq of the last event recorded so far (what the next step follows from), or -1 if none. */
    int last() {
        return sim.events().size() - 1;
    }

    /**
     * Something a person does in their browser (types, clicks), because of {@code cause}; drawn as a message on
     * their link, taking its latency.
     */
    int user(String person, String browser, String caption, int cause) {
        sim.tick(Duration.ofMillis(sim.world().build().link(person, browser).orElseThrow().latencyMs()));
        return sim.event(EventKinds.MESSAGE_SENT, person).to(browser).cause(cause).caption(caption).emit();
    }

    EventBuilder attack(String attacker, String target, String caption, int cause) {
        return sim.event(EventKinds.ATTACK_STEP, attacker).to(target).cause(cause).caption(caption);
    }

    /** {@code what} reaches {@code to} (null: nobody in particular) because of {@code cause}. */
    EventBuilder leaked(String from, String to, String what, String caption, int cause) {
        return sim.event(EventKinds.DATA_LEAKED, from).to(to).cause(cause).caption(caption).data(DataKeys.WHAT, what);
    }

    /** A leak carried by the response of {@code exchange}. */
    int leakedBy(Exchange exchange, String from, String to, String what, String caption) {
        return leaked(from, to, what, caption, exchange.responseSeq()).flow(exchange.flow()).emit();
    }

    /**
     * Something an actor concludes or cannot do, said in words ("nothing to delete"). Its own dotted kind:
     * {@code EventKinds.NOTE} would do too, but lessons select this one by name.
     */
    int note(String actor, String caption, int cause) {
        return sim.event(FLOW_NOTE, actor).cause(cause).caption(caption).emit();
    }

    /** An actor's stored state (registered clients, codes, sessions) shown to the inspector as a text artifact. */
    EventBuilder state(String actor, String caption, String label, String text) {
        return sim.event(SERVER_STATE, actor).caption(caption).artifact(Artifact.text(label, text));
    }

    /**
     * Records, at {@code at}, every failed check and the passes {@code shown} selects, as
     * {@link Arrival#checks(List, Predicate)} does; returns the seq of the first failed one (what a revocation or
     * an alert follows from), or -1 when all passed.
     */
    static int checks(Arrival at, List<CheckResult> results, Predicate<CheckResult> shown) {
        int failed = -1;
        for (CheckResult c : results) {
            if (!c.passed() || shown.test(c)) {
                at.check(c);
                if (!c.passed() && failed < 0) {
                    failed = at.sim().events().size() - 1;
                }
            }
        }
        return failed;
    }

    /** A summary of every check for a response's data: {@code ["jwt.signature: pass", "jwt.exp: FAIL"]}. */
    static List<String> summary(List<CheckResult> checks) {
        return checks.stream().map(c -> c.check() + (c.passed() ? ": pass" : ": FAIL")).toList();
    }

    static Artifact artifact(IssuedToken token) {
        return token.isJwt() ? Artifact.jwt(token.kind().label(), token.value())
                : Artifact.text(token.kind().label() + " (opaque)", token.value());
    }

    /** Jumps the clock to {@code at} and says so on the timeline; nothing happens when {@code at} is not later. */
    void jumpTo(Instant at, String actor) {
        jumpTo(at, actor, "");
    }

    /** As {@link #jumpTo(Instant, String)}, with words added to the caption (", 31 days after sign-in"). */
    void jumpTo(Instant at, String actor, String more) {
        Duration by = Duration.between(sim.now(), at);
        if (!by.isNegative() && !by.isZero()) {
            sim.jump(by, actor, Durations.later(by) + ": " + CLOCK.format(at) + " UTC" + more);
        }
    }
}
