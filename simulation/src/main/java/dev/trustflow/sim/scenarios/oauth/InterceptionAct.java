package dev.trustflow.sim.scenarios.oauth;

import static dev.trustflow.sim.scenarios.oauth.Cast.ALICE;
import static dev.trustflow.sim.scenarios.oauth.Cast.ATTACKER;
import static dev.trustflow.sim.scenarios.oauth.Cast.BROWSER;
import static dev.trustflow.sim.scenarios.oauth.PrintShop.APP;

import dev.trustflow.sim.oauth.server.AuthorizationResponse;
import dev.trustflow.sim.oauth.server.TokenRequest;
import dev.trustflow.sim.oauth.server.TokenResponse;
import java.time.Instant;
import java.util.Map;

/**
 * Act 1: Alice signs in to PrintShop, and a malicious app that claimed the same callback link gets a copy of
 * the redirect. With PKCE the stolen code is useless without the verifier ({@code pkce.verifier}); without
 * it the malicious app wins the race. In the implicit flow the redirect carries the token itself.
 */
final class InterceptionAct {

    private final PrintShop ps;

    InterceptionAct(PrintShop ps) {
        this.ps = ps;
    }

    void play() {
        AuthorizationResponse checked = ps.flow.start(ps.app, ALICE, BROWSER,
                "Alice taps \"Sign in with PhotoCloud\" in the PrintShop app.");
        if (checked.status() != 200) {
            return;
        }
        Instant authTime = ps.flow.signIn(ALICE, BROWSER, "alice");
        AuthorizationResponse answer = ps.flow.approve(ALICE, BROWSER, ps.app.peek(BROWSER).request(), "alice",
                authTime, PrintShop.CONSENT);
        ps.wire.attack(ATTACKER, BROWSER, "A malicious app on Alice's phone registered the same callback link, so"
                + " the phone hands it a copy of the redirect.", Map.of("technique", "claimed redirect URI",
                "intercepted", answer.location()));
        if (answer.token() != null) {
            implicit(answer);
        } else {
            code(answer);
        }
    }

    private void code(AuthorizationResponse answer) {
        String code = answer.param("code").orElseThrow();
        ps.leak(BROWSER, "authorization code", "The malicious app now holds Alice's one-time authorization code.");
        TokenResponse stolen = ps.flow.exchange(ATTACKER, TokenRequest.authorizationCode(APP, null, code,
                PrintShop.CALLBACK, null), "The malicious app races to redeem the code as PrintShop (a public"
                + " client has no secret); it never saw the code_verifier.");
        if (stolen.ok()) {
            ps.attackerReadsPhotos(stolen.accessToken().orElseThrow(), "The malicious app calls the photos API with"
                    + " the access token it got for Alice's code.");
        }
        if (!ps.flow.callback(ps.app, BROWSER, answer.params(), "The browser opens PrintShop's callback with the code"
                + " and state.")) {
            return;
        }
        TokenResponse mine = ps.flow.redeem(ps.app, BROWSER, code);
        if (!mine.ok()) {
            ps.wire.response(APP, BROWSER, 400, "Alice's sign-in fails: the attacker used her code first.", Map.of());
            return;
        }
        ps.photos.call(APP, "GET", "/photos", mine.accessToken().orElseThrow(), "photos:read",
                "PrintShop fetches Alice's photos with its access token.", "PrintShop shows Alice her photos.");
    }

    private void implicit(AuthorizationResponse answer) {
        String token = answer.token().value();
        ps.leak(BROWSER, "access token", "The malicious app reads the access token straight from the redirect URL.");
        ps.wire.note(ATTACKER, "PKCE cannot help here: there is no code to bind, the token itself travelled in the"
                + " URL.");
        ps.attackerReadsPhotos(token, "The malicious app calls the photos API with Alice's access token.");
        if (!ps.flow.callback(ps.app, BROWSER, answer.params(), "The browser opens PrintShop's callback page; the"
                + " token rides in the #fragment, which the page's script reads.")) {
            return;
        }
        ps.wire.leaked(BROWSER, null, "access token in browser history", "The callback URL, token included, is now"
                + " saved in the browser history, where anyone using or syncing this browser can find it.");
        ps.app.finish(BROWSER);
        ps.photos.call(APP, "GET", "/photos", token, "photos:read", "PrintShop fetches Alice's photos with the token"
                + " from the URL.", "PrintShop shows Alice her photos.");
    }
}
