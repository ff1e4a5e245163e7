package dev.trustflow.sim.scenarios.oauth;

import static dev.trustflow.sim.scenarios.oauth.Cast.ALICE;
import static dev.trustflow.sim.scenarios.oauth.Cast.ATTACKER;
import static dev.trustflow.sim.scenarios.oauth.Cast.AUTH;
import static dev.trustflow.sim.scenarios.oauth.Cast.BROWSER;
import static dev.trustflow.sim.scenarios.oauth.NotesBackend.API;
import static dev.trustflow.sim.scenarios.oauth.NotesBackend.STORE;

import dev.trustflow.sim.engine.Exchange;
import dev.trustflow.sim.engine.Request;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.world.ActorKind;
import dev.trustflow.sim.world.Channel;
import dev.trustflow.sim.world.Protection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** One run of {@link SessionsVsTokensScenario}: Alice's login, the theft, her logout and the thief's tries. */
final class SessionsVsTokensRun {

    private static final List<Duration> THIEF_TRIES = List.of(Duration.ofMinutes(6), Duration.ofMinutes(14),
            Duration.ofMinutes(30), Duration.ofMinutes(61));

    private final Simulation sim;
    private final Timeline timeline;
    private final boolean sessionMode;
    private final Instant start;
    private final Duration ttl;
    private final NotesBackend backend;
    private String credential;
    private int thiefSuccesses;

    SessionsVsTokensRun(Simulation sim, boolean sessionMode, Duration ttl, boolean useDenylist) {
        this.sim = sim;
        this.timeline = new Timeline(sim);
        this.sessionMode = sessionMode;
        this.start = sim.now();
        this.ttl = ttl;
        world();
        this.backend = new NotesBackend(timeline, sessionMode, useDenylist && !sessionMode, ttl);
        backend.install();
    }

    void play() {
        aliceReadsNotes(login());
        timeline.jumpTo(start.plus(Duration.ofMinutes(3)), ATTACKER);
        int stolen = theft();
        timeline.jumpTo(start.plus(Duration.ofMinutes(5)), ALICE);
        sim.send(Request.post(BROWSER, AUTH, "/logout").caption("Alice clicks \"Log out everywhere\" at "
                + Later.clock(sim.now()) + ".").data("everywhere", true));
        for (Duration at : THIEF_TRIES) {
            timeline.jumpTo(start.plus(at), ATTACKER);
            Exchange tried = thiefTries(stolen);
            if (!tried.ok()) {
                timeline.note(ATTACKER, "The stolen " + what() + " no longer works, so the attacker gives up.",
                        tried.lastSeq());
                break;
            }
        }
        sim.summary().put("mode", sessionMode ? "session" : "jwt");
        sim.summary().put("thiefSuccessesAfterLogout", thiefSuccesses);
        sim.summary().put("storeLookups", backend.storeLookups());
    }

    private void world() {
        Cast.userAndServer(sim);
        sim.world().actor(API, "Notes API", ActorKind.SERVICE, "internal");
        sim.world().actor(STORE, sessionMode ? "Session store" : "Shared store (denylist)", ActorKind.DATABASE,
                "internal");
        Cast.attacker(sim, "Thief (malicious browser extension)");
        sim.world().link(BROWSER, API, Channel.FRONT, Protection.TLS);
        sim.world().link(AUTH, STORE, Channel.BACK);
        sim.world().link(API, STORE, Channel.BACK);
        Cast.backChannel(sim, API);
        Cast.attackPaths(sim, Protection.PLAIN, BROWSER);
        Cast.attackPaths(sim, Protection.TLS, API);
    }

    private String what() {
        return sessionMode ? "session cookie" : "token";
    }

    /** Alice logs in; returns the seq of the response that gave her browser its credential. */
    private int login() {
        int typed = timeline.user(ALICE, BROWSER, "Alice types her name and password on the login page.", -1);
        Exchange login = sim.send(Request.post(BROWSER, AUTH, "/login").causedBy(typed)
                .caption("Alice's browser sends her name and password to log in.").data("username", "alice"));
        credential = login.carried("credential", String.class).orElseThrow();
        if (!sessionMode) {
            sim.send(Request.get(API, AUTH, "/.well-known/jwks.json").caption("The notes API fetches the login"
                    + " service's public key once, so it can check tokens by itself."));
        }
        return login.responseSeq();
    }

    /** Alice reads her notes 50 s after logging in, or halfway through a shorter login, while it is valid. */
    private void aliceReadsNotes(int loggedIn) {
        Duration later = Duration.ofSeconds(50);
        sim.tick(ttl.dividedBy(2).compareTo(later) < 0 ? ttl.dividedBy(2) : later);
        sim.send(backend.notes(BROWSER, credential, "Alice's browser asks the notes API for her notes.",
                "Alice sees her notes.").causedBy(loggedIn));
    }

    /** The extension copies the credential; returns the seq of the leak the thief's tries follow from. */
    private int theft() {
        int step = timeline.attack(ATTACKER, BROWSER, "A malicious browser extension copies Alice's " + what()
                + " and sends it to the thief.", -1).data("technique", "malicious browser extension").emit();
        return timeline.leaked(BROWSER, ATTACKER, what(), "The thief now holds a copy of Alice's " + what() + ".",
                step).steals(ATTACKER, BROWSER, NotesBackend.CREDENTIAL).emit();
    }

    /** One try by the thief with the credential he stole. */
    private Exchange thiefTries(int stolen) {
        Exchange tried = sim.send(backend.notes(ATTACKER, credential, "The thief calls the notes API with Alice's"
                + " stolen " + what() + ".", "The API answers: it has no way to tell the thief from Alice.")
                .causedBy(stolen));
        if (tried.ok()) {
            thiefSuccesses++;
            timeline.leakedBy(tried, API, ATTACKER, "Alice's notes", "The thief reads Alice's notes "
                    + Later.plural(Duration.between(start.plus(Duration.ofMinutes(5)), sim.now()).toMinutes(),
                    "minute") + " after she logged out.");
        }
        return tried;
    }
}
