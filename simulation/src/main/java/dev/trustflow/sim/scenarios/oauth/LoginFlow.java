package dev.trustflow.sim.scenarios.oauth;

import static dev.trustflow.sim.scenarios.oauth.Cast.AUTH;

import dev.trustflow.sim.oauth.server.AuthorizationRequest;
import dev.trustflow.sim.oauth.server.AuthorizationResponse;
import dev.trustflow.sim.oauth.server.AuthorizationServer;
import dev.trustflow.sim.oauth.server.IssuedToken;
import dev.trustflow.sim.oauth.server.TokenRequest;
import dev.trustflow.sim.oauth.server.TokenResponse;
import dev.trustflow.sim.oauth.session.SessionStore;
import dev.trustflow.sim.trace.Artifact;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The authorization code flow step by step on the timeline: front channel (browser redirects between the app
 * and the authorization server) and back channel (the app's call to the token endpoint). Scenarios call the
 * steps in order and slip attacks in between.
 */
final class LoginFlow {

    static final String ISSUER_AUTHORIZE = Cast.ISSUER + "/authorize";

    private final Wire wire;
    private final AuthorizationServer server;
    private final Map<String, String> ssoCookies = new HashMap<>();

    LoginFlow(Wire wire, AuthorizationServer server) {
        this.wire = wire;
        this.server = server;
    }

    /** Alice clicks "Sign in" in the app; the app redirects her browser to the authorization endpoint. */
    AuthorizationResponse start(ClientApp app, String person, String browser, String caption) {
        if (person.equals(browser)) {
            wire.request(browser, app.actor(), "GET", "/login", caption, Map.of());
        } else {
            wire.user(person, browser, caption);
            wire.request(browser, app.actor(), "GET", "/login", "The browser asks the app to sign in.", Map.of());
        }
        AuthorizationRequest req = app.begin(browser);
        String protections = (req.state() != null ? "a random state" : "no state")
                + (req.codeChallenge() != null ? " and a PKCE challenge (the verifier stays in the app)" : ", no PKCE")
                + (req.nonce() != null ? ", plus a nonce" : "");
        wire.response(app.actor(), browser, 302, "The app redirects the browser to the authorization server with "
                + protections + ".", withLocation(req.toUrl(ISSUER_AUTHORIZE), req.params()));
        return arrive(browser, req, "The browser follows the redirect to the authorization server.");
    }

    /** A browser arrives at {@code GET /authorize} with {@code req}; the server runs its pre-consent checks. */
    AuthorizationResponse arrive(String browser, AuthorizationRequest req, String caption) {
        wire.request(browser, AUTH, "GET", "/authorize", caption, req.params());
        AuthorizationResponse checked = server.validate(req);
        wire.checks(AUTH, checked.checks());
        if (checked.status() == 400) {
            wire.response(AUTH, browser, 400, "The authorization server shows an error page and redirects nowhere.",
                    checked.params());
        } else if (checked.status() == 302) {
            wire.response(AUTH, browser, 302, "The authorization server sends the browser back with an error.",
                    withLocation(checked.location(), checked.params()));
        }
        return checked;
    }

    /** The user signs in at the identity provider, or is recognised by its single sign-on cookie. */
    Instant signIn(String person, String browser, String subject) {
        SessionStore sso = server.ssoSessions();
        String cookie = ssoCookies.get(browser);
        if (cookie != null) {
            SessionStore.Lookup lookup = sso.lookup(cookie, wire.now());
            wire.check(AUTH, lookup.check());
            if (lookup.session().isPresent()) {
                wire.note(AUTH, "The authorization server recognises " + subject + " by the single sign-on cookie:"
                        + " no password needed.");
                return lookup.session().get().createdAt();
            }
        } else {
            wire.note(AUTH, "This browser has no single sign-on session yet, so the authorization server asks who"
                    + " it is.");
        }
        wire.response(AUTH, browser, 200, "The authorization server shows its own login page.", Map.of());
        String name = Character.toUpperCase(subject.charAt(0)) + subject.substring(1);
        if (!person.equals(browser)) {
            wire.user(person, browser, name + " types the password on the authorization server's page, never in"
                    + " the app.");
        }
        wire.request(browser, AUTH, "POST", "/login", "The browser sends " + name + "'s password to the"
                + " authorization server only.", Map.of("username", subject));
        String sid = sso.create(subject, wire.now(), AuthorizationServer.SSO_SESSION);
        ssoCookies.put(browser, sid);
        wire.state(AUTH, "The authorization server starts a single sign-on session for " + subject + " and sets its"
                + " cookie.", "single sign-on sessions", sso.describe());
        return wire.now();
    }

    /** Consent (for third-party apps) and the redirect back to the app with a code, or a token in the fragment. */
    AuthorizationResponse approve(String person, String browser, AuthorizationRequest req, String subject,
                                  Instant authTime, String consentText) {
        if (consentText != null) {
            wire.response(AUTH, browser, 200, "The consent screen asks: " + consentText, Map.of("scope", req.scope()));
            if (!person.equals(browser)) {
                wire.user(person, browser, "The user reads the request and clicks \"Allow\".");
            }
            wire.request(browser, AUTH, "POST", "/authorize/consent", "The browser sends the user's \"Allow\".",
                    Map.of("approved", true));
        }
        AuthorizationResponse answer = server.approve(req, subject, authTime);
        String where = answer.token() != null ? "with the access token itself in the URL fragment"
                : "with a one-time authorization code";
        Artifact[] artifacts = answer.token() != null ? new Artifact[] {Wire.artifact(answer.token())}
                : new Artifact[0];
        if (answer.token() != null) {
            wire.issued(AUTH, browser, answer.token(), "The authorization server issues an access token straight"
                    + " into the browser's address bar.", null);
        } else {
            wire.state(AUTH, "The authorization server stores the code with what the request said (client,"
                    + " redirect URI, PKCE challenge).", "authorization codes", server.describeCodes());
        }
        wire.response(AUTH, browser, 302, "The authorization server redirects the browser back " + where + ".",
                withLocation(answer.location(), answer.params()), artifacts);
        return answer;
    }

    /** The app's token endpoint call on the back channel; emits the server's checks and any issued tokens. */
    TokenResponse exchange(String caller, TokenRequest req, String caption) {
        wire.request(caller, AUTH, "POST", "/token", caption, req.params());
        TokenResponse res = server.token(req);
        wire.checks(AUTH, res.checks());
        for (IssuedToken t : res.tokens()) {
            wire.issued(AUTH, caller, t, "The authorization server issues " + article(t) + " to " + req.clientId()
                    + ".",
                    t.kind() == IssuedToken.Kind.REFRESH ? server.refreshTokens().describe() : null);
        }
        if (res.revokedFamily() != null) {
            wire.revoked(AUTH, res.revokedFamily().id(), "The authorization server revokes every refresh token of "
                    + res.revokedFamily().id() + ".", server.refreshTokens().describe());
            wire.alert(AUTH, "Alert: a spent " + ("refresh_token".equals(req.grantType()) ? "refresh token" : "code")
                    + " of " + res.revokedFamily().subject() + " came back, so someone else holds it; " 
                    + res.revokedFamily().id() + " is revoked.", Map.of("family", res.revokedFamily().id(),
                    "subject", res.revokedFamily().subject(), "client_id", res.revokedFamily().clientId()));
        }
        Artifact[] artifacts = res.tokens().stream().map(Wire::artifact).toArray(Artifact[]::new);
        wire.response(AUTH, caller, res.status(), res.ok() ? "The token endpoint answers with the tokens."
                : "The token endpoint refuses: " + res.error() + ".", res.params(), artifacts);
        return res;
    }

    /**
     * The browser lands on the app's redirect URI with {@code params}; an app that uses state checks it.
     * Returns whether the app goes on with the callback.
     */
    boolean callback(ClientApp app, String browser, Map<String, Object> params, String caption) {
        wire.request(browser, app.actor(), "GET", "/callback", caption, params);
        if (!app.checksState()) {
            return true;
        }
        Object state = params.get("state");
        if (wire.check(app.actor(), app.checkState(browser, state == null ? null : String.valueOf(state)))) {
            return true;
        }
        wire.response(app.actor(), browser, 400, "The app refuses the callback: it did not start this login.",
                Map.of("error", "state mismatch"));
        return false;
    }

    /** The app redeems a code with the verifier it kept for this browser's login (if any). */
    TokenResponse redeem(ClientApp app, String browser, String code) {
        ClientApp.Pending pending = app.finish(browser);
        String verifier = pending == null ? null : pending.verifier();
        return exchange(app.actor(), TokenRequest.authorizationCode(app.clientId(), app.secret(), code,
                app.redirectUri(), verifier), "The app redeems the code on the back channel"
                + (verifier != null ? ", with the code_verifier only it knows." : "."));
    }

    private static String article(IssuedToken t) {
        return (t.kind() == IssuedToken.Kind.ACCESS ? "an " : t.kind() == IssuedToken.Kind.ID ? "an " : "a ")
                + t.kind().label();
    }

    static Map<String, Object> withLocation(String location, Map<String, Object> params) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("location", location);
        m.putAll(params);
        return m;
    }
}
