package dev.trustflow.sim.scenarios.oauth;

import static dev.trustflow.sim.scenarios.oauth.Cast.AUTH;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.engine.Arrival;
import dev.trustflow.sim.engine.Reply;
import dev.trustflow.sim.engine.Request;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.oauth.server.AuthorizationRequest;
import dev.trustflow.sim.oauth.server.AuthorizationResponse;
import dev.trustflow.sim.oauth.server.AuthorizationServer;
import dev.trustflow.sim.oauth.session.SessionStore;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.world.Credential;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The authorization server's front-channel pages as browsers reach them: {@code GET /authorize} (the checks made
 * before anything is shown, then the single sign-on cookie or the login page), {@code POST /login} (the password,
 * typed here and never in the app) and {@code POST /authorize/consent}; the last page redirects back to the app
 * with a code, or in the implicit flow with the token itself. What each browser is in the middle of is kept per
 * browser, as a real server keeps it per session cookie.
 */
final class LoginPages {

    /** Which page a 200 showed: {@link #LOGIN_PAGE} or {@link #CONSENT_PAGE}. */
    static final String PAGE = "page";
    static final String LOGIN_PAGE = "login";
    static final String CONSENT_PAGE = "consent";
    static final String AUTHORIZATION = "authorization";
    static final String ISSUER_AUTHORIZE = Cast.ISSUER + "/authorize";
    private static final String USERNAME = "username";

    /** What one browser is in the middle of: the checked request, then who signed in and when. */
    private record Pending(AuthorizationRequest request, String subject, Instant authTime) {
    }

    private final Simulation sim;
    private final Timeline timeline;
    private final AuthorizationServer server;
    private final Map<String, String> consents = new HashMap<>();
    private final Map<String, String> ssoCookies = new HashMap<>();
    private final Map<String, Pending> pending = new HashMap<>();

    LoginPages(Timeline timeline, AuthorizationServer server) {
        this.sim = timeline.sim();
        this.timeline = timeline;
        this.server = server;
    }

    /** Third-party {@code clientId} gets a consent screen asking {@code question}; first-party apps get none. */
    LoginPages consent(String clientId, String question) {
        consents.put(clientId, question);
        return this;
    }

    /** Adds the three pages to {@code router}. */
    PathRouter addTo(PathRouter router) {
        return router.on("GET", "/authorize", this::authorize).on("POST", "/login", this::login)
                .on("POST", "/authorize/consent", at -> approve(at, at.request().from()));
    }

    /** A browser opening the authorization endpoint with {@code req}. */
    static Request authorize(String browser, AuthorizationRequest req, String caption) {
        return Request.get(browser, AUTH, "/authorize").caption(caption).data(req.params()).carry(AUTHORIZATION, req);
    }

    /** A browser sending {@code subject}'s password to the authorization server's own login page. */
    static Request password(String browser, String subject, String caption) {
        return Request.post(browser, AUTH, "/login").caption(caption).data(USERNAME, subject).carry(USERNAME, subject);
    }

    private Reply authorize(Arrival at) {
        String browser = at.request().from();
        AuthorizationRequest req = at.request().carried(AUTHORIZATION, AuthorizationRequest.class).orElseThrow();
        AuthorizationResponse checked = server.validate(req);
        at.checks(checked.checks(), Timeline.SHOWN);
        if (checked.status() != 200) {
            CheckResult failed = checked.firstFailure().orElseThrow();
            Reply refused = checked.status() == 400
                    ? at.refuse(400, failed, "The authorization server shows an error page and redirects nowhere.")
                    : at.refuse(302, failed, "The authorization server sends the browser back with an error.")
                    .data("location", checked.location());
            return refused.data(checked.params()).carry(AUTHORIZATION, checked);
        }
        pending.put(browser, new Pending(req, null, null));
        String cookie = ssoCookies.get(browser);
        if (cookie == null) {
            timeline.note(AUTH, "This browser has no single sign-on session yet, so the authorization server asks"
                    + " who it is.", at.requestSeq());
        } else {
            SessionStore.Lookup lookup = server.ssoSessions().lookup(cookie, at.now());
            if (at.check(lookup.check())) {
                SessionStore.Entry session = lookup.session().orElseThrow();
                timeline.note(AUTH, "The authorization server recognises " + session.subject() + " by the single"
                        + " sign-on cookie: no password needed.", timeline.last());
                pending.put(browser, new Pending(req, session.subject(), session.createdAt()));
                return signedIn(at, browser);
            }
        }
        return Reply.of(200, "The authorization server shows its own login page.").carry(PAGE, LOGIN_PAGE);
    }

    private Reply login(Arrival at) {
        String browser = at.request().from();
        String subject = at.request().carried(USERNAME, String.class).orElseThrow();
        Pending p = pending.get(browser);
        String sid = server.ssoSessions().create(subject, at.now(), AuthorizationServer.SSO_SESSION);
        ssoCookies.put(browser, sid);
        timeline.state(AUTH, "The authorization server starts a single sign-on session for " + subject + " and sets"
                + " its cookie.", "single sign-on sessions", server.ssoSessions().describe()).cause(at.requestSeq())
                .flow(at.flow()).gives(browser, new Credential("sso-" + browser, Credential.Kind.TOKEN,
                        subject + "'s single sign-on cookie", Set.of(AUTH),
                        at.now().plus(AuthorizationServer.SSO_SESSION))).emit();
        pending.put(browser, new Pending(p.request(), subject, at.now()));
        return signedIn(at, browser);
    }

    /** The user is known: a third-party app gets the consent screen first, any other app its redirect. */
    private Reply signedIn(Arrival at, String browser) {
        String question = consents.get(pending.get(browser).request().clientId());
        if (question != null) {
            return Reply.of(200, "The consent screen asks: " + question)
                    .data("scope", pending.get(browser).request().scope()).carry(PAGE, CONSENT_PAGE);
        }
        return approve(at, browser);
    }

    private Reply approve(Arrival at, String browser) {
        Pending p = pending.remove(browser);
        AuthorizationResponse answer = server.approve(p.request(), p.subject(), p.authTime());
        Reply reply = Reply.of(302, "The authorization server redirects the browser back "
                + (answer.token() != null ? "with the access token itself in the URL fragment."
                : "with a one-time authorization code.")).data(withLocation(answer.location(), answer.params()))
                .carry(AUTHORIZATION, answer);
        if (answer.token() != null) {
            at.event(EventKinds.TOKEN_ISSUED).to(browser).caption("The authorization server issues an access token"
                    + " straight into the browser's address bar.").data("token", answer.token().kind().label())
                    .data("id", answer.token().id()).data("subject", answer.token().subject())
                    .data("client_id", answer.token().clientId()).data("scope", answer.token().scope())
                    .data("expires", answer.token().expiresAt().toString())
                    .artifact(Timeline.artifact(answer.token()))
                    .gives(browser, new Credential(answer.token().id(), Credential.Kind.TOKEN, p.subject()
                            + "'s access token in the URL", Set.copyOf(server.settings().audiencesFor(
                            answer.token().scope()).stream().filter(sim.world()::has).toList()),
                            answer.token().expiresAt()))
                    .emit();
            reply.artifact(Timeline.artifact(answer.token()));
        } else {
            timeline.state(AUTH, "The authorization server stores the code with what the request said (client,"
                    + " redirect URI, PKCE challenge).", "authorization codes", server.describeCodes())
                    .cause(at.requestSeq()).flow(at.flow()).emit();
        }
        return reply;
    }

    static Map<String, Object> withLocation(String location, Map<String, Object> params) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("location", location);
        m.putAll(params);
        return m;
    }
}
