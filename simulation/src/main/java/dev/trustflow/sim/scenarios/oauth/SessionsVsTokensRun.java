package dev.trustflow.sim.scenarios.oauth;

import static dev.trustflow.sim.scenarios.oauth.Cast.ALICE;
import static dev.trustflow.sim.scenarios.oauth.Cast.ATTACKER;
import static dev.trustflow.sim.scenarios.oauth.Cast.AUTH;
import static dev.trustflow.sim.scenarios.oauth.Cast.BROWSER;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.crypto.jwt.JwtIssuer;
import dev.trustflow.sim.crypto.jwt.KeyRing;
import dev.trustflow.sim.crypto.secret.OpaqueSecrets;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.oauth.session.Denylist;
import dev.trustflow.sim.oauth.session.SessionStore;
import dev.trustflow.sim.oauth.validation.AccessTokenCheck;
import dev.trustflow.sim.oauth.validation.Decision;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.world.ActorKind;
import dev.trustflow.sim.world.Channel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One run of {@link SessionsVsTokensScenario}. */
final class SessionsVsTokensRun {

    static final String API = "notes-api";
    static final String STORE = "session-store";
    private static final String KEY = "auth-server-es256";
    private static final List<Duration> THIEF_TRIES = List.of(Duration.ofMinutes(6), Duration.ofMinutes(14),
            Duration.ofMinutes(30), Duration.ofMinutes(61));

    private final Simulation sim;
    private final Wire wire;
    private final boolean sessionMode;
    private final Duration ttl;
    private final boolean useDenylist;
    private final Instant start;
    private final KeyRing keys = new KeyRing();
    private final SessionStore sessions = new SessionStore(new OpaqueSecrets(), "session store");
    private final Denylist denylist = new Denylist();
    private AccessTokenCheck api;
    private String credential;
    private int thiefSuccesses;

    SessionsVsTokensRun(Simulation sim, boolean sessionMode, Duration ttl, boolean useDenylist) {
        this.sim = sim;
        this.wire = new Wire(sim);
        this.sessionMode = sessionMode;
        this.ttl = ttl;
        this.useDenylist = useDenylist && !sessionMode;
        this.start = sim.now();
    }

    void play() {
        world();
        login();
        aliceReadsNotes();
        wire.jumpTo(start.plus(Duration.ofMinutes(3)), ATTACKER);
        theft();
        wire.jumpTo(start.plus(Duration.ofMinutes(5)), ALICE);
        logout();
        for (Duration at : THIEF_TRIES) {
            wire.jumpTo(start.plus(at), ATTACKER);
            if (!thiefTries()) {
                wire.note(ATTACKER, "The stolen " + what() + " no longer works, so the attacker gives up.");
                break;
            }
        }
        sim.summary().put("mode", sessionMode ? "session" : "jwt");
        sim.summary().put("thiefSuccessesAfterLogout", thiefSuccesses);
        sim.summary().put("storeLookups", sessions.lookups() + denylist.lookups());
    }

    private void world() {
        Cast.userAndServer(sim);
        sim.world().actor(API, "Notes API", ActorKind.SERVICE, "internal");
        sim.world().actor(STORE, sessionMode ? "Session store" : "Shared store (denylist)", ActorKind.DATABASE,
                "internal");
        Cast.attacker(sim, "Thief (malicious browser extension)");
        sim.world().link(BROWSER, API, Channel.FRONT);
        sim.world().link(AUTH, STORE, Channel.BACK);
        sim.world().link(API, STORE, Channel.BACK);
        sim.world().link(API, AUTH, Channel.BACK);
        sim.world().link(ATTACKER, BROWSER, Channel.ATTACK);
        sim.world().link(ATTACKER, API, Channel.ATTACK);
        keys.es256(KEY);
        api = new AccessTokenCheck(Cast.ISSUER, API, keys.jwks(), useDenylist ? denylist : null);
    }

    private String what() {
        return sessionMode ? "session cookie" : "token";
    }

    private void login() {
        wire.user(ALICE, BROWSER, "Alice types her name and password on the login page.");
        wire.request(BROWSER, AUTH, "POST", "/login", "Alice's browser sends her name and password to log in.",
                Map.of("username", "alice"));
        if (sessionMode) {
            credential = sessions.create("alice", sim.now(), ttl);
            wire.request(AUTH, STORE, "PUT", "/sessions", "The login service stores a new session for Alice in the"
                    + " shared session store.", Map.of("subject", "alice", "expires", sim.now().plus(ttl).toString()),
                    Artifact.text("session store", sessions.describe()));
            wire.response(AUTH, BROWSER, 200, "Alice gets a cookie holding only a random session id; the facts"
                    + " about her stay in the store.", Map.of("set_cookie", "sid=" + credential),
                    Artifact.text("session cookie", credential));
            return;
        }
        credential = new JwtIssuer(keys, sim.clock()).token(KEY).issuer(Cast.ISSUER).subject("alice").audience(API)
                .type("at+jwt").ttl(ttl).jti("at-1").claim("scope", "notes:read notes:write").sign();
        wire.response(AUTH, BROWSER, 200, "Alice gets a signed JWT that says who she is and when it expires;"
                + " nothing is stored on the server.", Map.of("token_type", "Bearer", "expires_in", Math.toIntExact(ttl.toSeconds())),
                Artifact.jwt("access token", credential));
        wire.request(API, AUTH, "GET", "/.well-known/jwks.json", "The notes API fetches the login service's public"
                + " key once, so it can check tokens by itself.", Map.of());
        wire.response(AUTH, API, 200, "The public key arrives; from now on the API needs nobody to check a token.",
                Map.of(), Artifact.jwks("JWKS", keys.jwks().toString()));
    }

    private void aliceReadsNotes() {
        sim.tick(Duration.ofSeconds(50));
        Decision d = call(BROWSER, "Alice's browser asks the notes API for her notes.");
        wire.response(API, BROWSER, d.status(), d.accepted() ? "Alice sees her notes." : "Alice is refused.",
                Map.of("checks", Wire.summary(d.checks())));
    }

    private void theft() {
        wire.attack(ATTACKER, BROWSER, "A malicious browser extension copies Alice's " + what() + " and sends it"
                + " to the thief.", Map.of("technique", "malicious browser extension"));
        wire.leaked(BROWSER, ATTACKER, what(), "The thief now holds a copy of Alice's " + what() + ".");
    }

    private void logout() {
        wire.request(BROWSER, AUTH, "POST", "/logout", "Alice clicks \"Log out everywhere\" at 09:05.",
                Map.of("everywhere", true));
        if (sessionMode) {
            int ended = sessions.destroyAll("alice");
            wire.request(AUTH, STORE, "DELETE", "/sessions?subject=alice", "The login service deletes Alice's"
                    + " sessions from the store.", Map.of("deleted", ended));
            wire.revoked(AUTH, "session", "Alice's session is gone from the store: the cookie is now worthless.",
                    sessions.describe());
        } else if (useDenylist) {
            denylist.revoke("at-1", start.plus(ttl));
            wire.request(AUTH, STORE, "PUT", "/denylist/at-1", "The login service puts the token's id (jti at-1) on"
                    + " the shared denylist.", Map.of("jti", "at-1", "until", start.plus(ttl).toString()));
            wire.revoked(AUTH, "jti at-1", "Token at-1 is on the denylist until it would have expired anyway.",
                    denylist.describe());
        } else {
            wire.note(AUTH, "The login service has nothing to delete: the token is valid by itself until "
                    + Later.clock(start.plus(ttl)) + ".");
        }
        wire.response(AUTH, BROWSER, 200, "Alice's browser forgets its copy; Alice believes she is logged out.",
                Map.of());
    }

    /** One try by the thief; returns whether it worked. */
    private boolean thiefTries() {
        Decision d = call(ATTACKER, "The thief calls the notes API with Alice's stolen " + what() + ".");
        if (d.accepted()) {
            thiefSuccesses++;
            wire.response(API, ATTACKER, 200, "The API answers: it has no way to tell the thief from Alice.",
                    Map.of("checks", Wire.summary(d.checks())));
            wire.leaked(API, ATTACKER, "Alice's notes", "The thief reads Alice's notes "
                    + Later.plural(Duration.between(start.plus(Duration.ofMinutes(5)), sim.now()).toMinutes(),
                    "minute") + " after she logged out.");
            return true;
        }
        wire.response(API, ATTACKER, 401, "The API refuses: " + d.firstFailure().map(CheckResult::check).orElse("")
                + " failed.", Map.of("checks", Wire.summary(d.checks())));
        return false;
    }

    private Decision call(String caller, String caption) {
        Artifact shown = sessionMode ? Artifact.text("session cookie", credential)
                : Artifact.jwt("access token", credential);
        wire.request(caller, API, "GET", "/notes", caption, Map.of(sessionMode ? "cookie" : "authorization",
                sessionMode ? "sid=" + credential : "Bearer " + credential), shown);
        if (sessionMode) {
            wire.request(API, STORE, "GET", "/sessions/{sha256 of id}", "The API asks the session store whether"
                    + " this session id is still live.", Map.of());
            SessionStore.Lookup lookup = sessions.lookup(credential, sim.now());
            wire.check(API, lookup.check());
            return new Decision(List.of(lookup.check()), lookup.check().passed() ? 200 : 401,
                    lookup.session().map(SessionStore.Entry::subject).orElse(null));
        }
        if (useDenylist) {
            wire.request(API, STORE, "GET", "/denylist/at-1", "Besides checking the signature, the API asks the"
                    + " shared denylist about this token.", Map.of("jti", "at-1"));
        }
        Decision d = api.check(credential, "notes:read", sim.now());
        wire.checks(API, d.checks());
        return d;
    }
}
