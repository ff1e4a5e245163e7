package dev.trustflow.sim.scenarios.oauth;

import static dev.trustflow.sim.scenarios.oauth.Cast.AUTH;
import static dev.trustflow.sim.scenarios.oauth.Cast.BROWSER;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.crypto.jwt.JwtIssuer;
import dev.trustflow.sim.crypto.secret.OpaqueSecrets;
import dev.trustflow.sim.engine.Arrival;
import dev.trustflow.sim.engine.Exchange;
import dev.trustflow.sim.engine.Reply;
import dev.trustflow.sim.engine.Request;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.oauth.session.Denylist;
import dev.trustflow.sim.oauth.session.SessionStore;
import dev.trustflow.sim.oauth.validation.AccessTokenCheck;
import dev.trustflow.sim.oauth.validation.Decision;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.world.Credential;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The server side of {@link SessionsVsTokensScenario}: the login service ({@code POST /login}, {@code POST
 * /logout}, its JWKS), the shared store (sessions, or the JWT denylist) and the notes API, each answering the
 * requests that reach it. A login is kept either as a session in the store or as a signed JWT.
 */
final class NotesBackend {

    static final String API = "notes-api";
    static final String STORE = "session-store";
    static final String CREDENTIAL = "alice-login";
    /** What a request to the notes API carries: the session id or the JWT. */
    private static final String PRESENTED = "credential";
    /** What the caller's story says when the API answers 200. */
    private static final String SAID_IF_OK = "said-if-ok";
    private static final String KEY = "auth-server-es256";
    private static final String JTI = "at-1";

    private final Simulation sim;
    private final Timeline timeline;
    private final boolean sessionMode;
    private final boolean useDenylist;
    private final Duration ttl;
    private final SessionStore sessions;
    private final Denylist denylist = new Denylist();
    private final AccessTokenCheck tokens;
    private Instant loginExpires;

    NotesBackend(Timeline timeline, boolean sessionMode, boolean useDenylist, Duration ttl) {
        this.sim = timeline.sim();
        this.timeline = timeline;
        this.sessionMode = sessionMode;
        this.useDenylist = useDenylist;
        this.ttl = ttl;
        this.sessions = new SessionStore(new OpaqueSecrets(sim.randomness().secure()), "session store");
        sim.keys().es256(KEY);
        this.tokens = new AccessTokenCheck(Cast.ISSUER, API, sim.keys().jwks(), null);
    }

    /** Puts the login service's, the store's and the API's endpoints into the world. */
    void install() {
        sim.serve(AUTH, new PathRouter().on("POST", "/login", this::login).on("POST", "/logout", this::logout)
                .on("GET", "/.well-known/jwks.json", at -> Reply.of(200, "The public key arrives; from now on the"
                        + " API needs nobody to check a token.").artifact(Artifact.jwks("JWKS",
                        sim.keys().jwks().toString()))));
        sim.serve(STORE, new PathRouter().on("PUT", "/sessions", this::storeSession)
                .on("GET", "/sessions/{sha256 of id}", this::lookUpSession)
                .on("DELETE", "/sessions", at -> Reply.of(200, "The store deletes " + sessions.destroyAll("alice")
                        + " session(s) of alice."))
                .on("PUT", "/denylist/" + JTI, at -> {
                    denylist.revoke(JTI, loginExpires);
                    return Reply.of(200, "The store lists jti " + JTI + " until " + loginExpires + ".");
                })
                .on("GET", "/denylist/" + JTI, at -> {
                    CheckResult listed = denylist.check(JTI, at.now());
                    return Reply.of(200, "The store answers: " + listed.reason() + ".").carry(PRESENTED, listed);
                }));
        sim.serve(API, this::notes);
    }

    /** {@code GET /notes} as {@code caller} sends it with {@code credential}. */
    Request notes(String caller, String credential, String caption, String saidIfOk) {
        return Request.get(caller, API, "/notes").caption(caption)
                .data(sessionMode ? "cookie" : "authorization", (sessionMode ? "sid=" : "Bearer ") + credential)
                .artifact(sessionMode ? Artifact.text("session cookie", credential)
                        : Artifact.jwt("access token", credential))
                .carry(PRESENTED, credential).carry(SAID_IF_OK, saidIfOk);
    }

    int storeLookups() {
        return sessions.lookups() + denylist.lookups();
    }

    private Reply login(Arrival at) {
        loginExpires = at.now().plus(ttl);
        Credential held = new Credential(CREDENTIAL, Credential.Kind.TOKEN, sessionMode ? "Alice's session cookie"
                : "Alice's access token", Set.of(API), loginExpires);
        if (sessionMode) {
            String sid = sim.send(Request.of("PUT", AUTH, STORE, "/sessions").causedBy(at.requestSeq())
                    .caption("The login service stores a new session for Alice in the shared session store.")
                    .data(Map.of("subject", "alice", "expires", loginExpires.toString())))
                    .carried(PRESENTED, String.class).orElseThrow();
            at.event(EventKinds.TOKEN_ISSUED).to(BROWSER).caption("The login service issues Alice's browser a"
                    + " session cookie; the session ends at " + Later.clock(loginExpires) + " at the latest.")
                    .data("token", "session cookie").gives(BROWSER, held).emit();
            return Reply.of(200, "Alice gets a cookie holding only a random session id; the facts about her stay in"
                    + " the store.").data("set_cookie", "sid=" + sid).artifact(Artifact.text("session cookie", sid))
                    .carry(PRESENTED, sid);
        }
        String jwt = new JwtIssuer(sim.keys(), sim.clock()).token(KEY).issuer(Cast.ISSUER).subject("alice")
                .audience(API).type("at+jwt").ttl(ttl).jti(JTI).claim("scope", "notes:read notes:write").sign();
        at.event(EventKinds.TOKEN_ISSUED).to(BROWSER).caption("The login service signs Alice an access token, valid"
                + " until " + Later.clock(loginExpires) + ".").data("token", "access token").data("id", JTI)
                .artifact(Artifact.jwt("access token", jwt)).gives(BROWSER, held).emit();
        return Reply.of(200, "Alice gets a signed JWT that says who she is and when it expires; nothing is stored on"
                + " the server.").data("token_type", "Bearer").data("expires_in", Math.toIntExact(ttl.toSeconds()))
                .artifact(Artifact.jwt("access token", jwt)).carry(PRESENTED, jwt);
    }

    private Reply logout(Arrival at) {
        if (sessionMode) {
            Exchange deleted = sim.send(Request.of("DELETE", AUTH, STORE, "/sessions?subject=alice")
                    .causedBy(at.requestSeq()).caption("The login service deletes Alice's sessions from the store."));
            at.event(EventKinds.TOKEN_REVOKED).cause(deleted.responseSeq()).caption("Alice's session is gone from"
                    + " the store: the cookie is now worthless.").data("revoked", "session")
                    .artifact(Artifact.text("session store", sessions.describe())).revokes(CREDENTIAL).emit();
        } else if (useDenylist) {
            Exchange listed = sim.send(Request.of("PUT", AUTH, STORE, "/denylist/" + JTI).causedBy(at.requestSeq())
                    .caption("The login service puts the token's id (jti " + JTI + ") on the shared denylist.")
                    .data(Map.of("jti", JTI, "until", loginExpires.toString())));
            at.event(EventKinds.TOKEN_REVOKED).cause(listed.responseSeq()).caption("Token " + JTI + " is on the"
                    + " denylist until it would have expired anyway.").data("revoked", "jti " + JTI)
                    .artifact(Artifact.text("token store", denylist.describe())).revokes(CREDENTIAL).emit();
        } else {
            timeline.note(AUTH, "The login service has nothing to delete: the token is valid by itself until "
                    + Later.clock(loginExpires) + (at.now().isAfter(loginExpires) ? ", and that time has passed"
                    : "") + ".", at.requestSeq());
        }
        return Reply.of(200, "Alice's browser forgets its copy; Alice believes she is logged out.");
    }

    /** The store keeps a new session of alice until the login expires; the random id goes back to the caller. */
    private Reply storeSession(Arrival at) {
        String sid = sessions.create("alice", at.now(), Duration.between(at.now(), loginExpires));
        return Reply.of(201, "The store keeps the session under a random id.")
                .artifact(Artifact.text("session store", sessions.describe())).carry(PRESENTED, sid);
    }

    private Reply lookUpSession(Arrival at) {
        String sid = at.request().carried(PRESENTED, String.class).orElseThrow();
        SessionStore.Lookup lookup = sessions.lookup(sid, at.now());
        return Reply.of(lookup.session().isPresent() ? 200 : 404, lookup.session().isPresent()
                ? "The store finds a live session of " + lookup.session().get().subject() + "."
                : "The store has no live session with this id.").carry(PRESENTED, lookup);
    }

    private Reply notes(Arrival at) {
        String credential = at.request().carried(PRESENTED, String.class).orElseThrow();
        Decision d = sessionMode ? session(at, credential) : token(at, credential);
        at.checks(d.checks(), Timeline.SHOWN);
        if (!d.accepted()) {
            CheckResult failed = d.firstFailure().orElseThrow();
            return at.refuse(d.status(), failed, "The API refuses: " + failed.check() + " failed.")
                    .data("checks", Timeline.summary(d.checks()));
        }
        return Reply.of(200, at.request().carried(SAID_IF_OK, String.class).orElse("The API answers."))
                .data("checks", Timeline.summary(d.checks())).data("subject", d.subject());
    }

    private Decision session(Arrival at, String sid) {
        Exchange asked = sim.send(Request.get(API, STORE, "/sessions/{sha256 of id}").causedBy(at.requestSeq())
                .caption("The API asks the session store whether this session id is still live.")
                .carry(PRESENTED, sid));
        SessionStore.Lookup lookup = asked.carried(PRESENTED, SessionStore.Lookup.class).orElseThrow();
        return new Decision(List.of(lookup.check()), lookup.check().passed() ? 200 : 401,
                lookup.session().map(SessionStore.Entry::subject).orElse(null));
    }

    /** The local JWT checks; with the denylist on, the store's answer comes between them and the scope check. */
    private Decision token(Arrival at, String jwt) {
        Decision local = tokens.check(jwt, "notes:read", at.now());
        if (!useDenylist || local.status() == 401) {
            return local;
        }
        Exchange asked = sim.send(Request.get(API, STORE, "/denylist/" + JTI).causedBy(at.requestSeq())
                .caption("Besides checking the signature, the API asks the shared denylist about this token.")
                .data("jti", JTI));
        CheckResult listed = asked.carried(PRESENTED, CheckResult.class).orElseThrow();
        List<CheckResult> checks = new ArrayList<>(local.checks());
        checks.add(checks.size() - 1, listed);
        return listed.passed() ? new Decision(checks, local.status(), local.subject())
                : new Decision(checks, 401, null);
    }
}
