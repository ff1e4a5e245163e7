package dev.trustflow.sim.scenarios.oauth;

import static dev.trustflow.sim.scenarios.oauth.Cast.ALICE;
import static dev.trustflow.sim.scenarios.oauth.Cast.ATTACKER;
import static dev.trustflow.sim.scenarios.oauth.Cast.BROWSER;
import static dev.trustflow.sim.scenarios.oauth.PrintShop.API;
import static dev.trustflow.sim.scenarios.oauth.PrintShop.APP;

import dev.trustflow.sim.engine.Exchange;
import dev.trustflow.sim.engine.Reply;
import dev.trustflow.sim.oauth.server.AuthorizationResponse;
import dev.trustflow.sim.oauth.server.TokenRequest;
import dev.trustflow.sim.oauth.server.TokenResponse;

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
        ps.app.onSignIn((at, signIn) -> Reply.of(200, "PrintShop is signed in to PhotoCloud for Alice."),
                "Alice's sign-in fails: the attacker used her code first.");
        Exchange back = ps.browser.start(ps.app, ALICE, BROWSER, "alice",
                "Alice taps \"Sign in with PhotoCloud\" in the PrintShop app.");
        if (!BrowserLogin.redirectedBack(back)) {
            return;
        }
        AuthorizationResponse answer = BrowserLogin.answer(back);
        ps.sim.phase(answer.token() != null ? "Token interception" : "Code interception");
        int copied = ps.timeline.attack(ATTACKER, BROWSER, "A malicious app on Alice's phone registered the same"
                + " callback link, so the phone hands it a copy of the redirect.", back.responseSeq())
                .data("technique", "claimed redirect URI").data("intercepted", answer.location()).emit();
        if (answer.token() != null) {
            implicit(back, answer, copied);
        } else {
            code(back, answer, copied);
        }
    }

    private void code(Exchange back, AuthorizationResponse answer, int copied) {
        String code = answer.param("code").orElseThrow();
        int leaked = ps.leak(BROWSER, "authorization code", "The malicious app now holds Alice's one-time"
                + " authorization code.", copied).emit();
        Exchange raced = ps.sim.send(TokenEndpoints.token(ATTACKER, TokenRequest.authorizationCode(APP, null, code,
                PrintShop.CALLBACK, null), "The malicious app races to redeem the code as PrintShop (a public client"
                + " has no secret); it never saw the code_verifier.").causedBy(leaked));
        TokenResponse stolen = TokenEndpoints.answer(raced);
        if (stolen.ok()) {
            ps.attackerReadsPhotos(stolen.accessToken().orElseThrow(), "The malicious app calls the photos API with"
                    + " the access token it got for Alice's code.", raced.responseSeq());
        }
        ps.sim.phase("Alice's callback");
        Exchange signedIn = ps.browser.callback(ps.app, BROWSER, answer.params(), "The browser opens PrintShop's"
                + " callback with the code and state.", back.responseSeq());
        if (signedIn.ok()) {
            fetchPhotos(ps.app.accessTokenFor(BROWSER).orElseThrow(), "PrintShop fetches Alice's photos with its"
                    + " access token.", signedIn.responseSeq());
        }
    }

    private void implicit(Exchange back, AuthorizationResponse answer, int copied) {
        String token = answer.token().value();
        int leaked = ps.leak(BROWSER, "access token", "The malicious app reads the access token straight from the"
                + " redirect URL.", copied).steals(ATTACKER, BROWSER, answer.token().id()).emit();
        int note = ps.timeline.note(ATTACKER, "PKCE cannot help here: there is no code to bind, the token itself"
                + " travelled in the URL.", leaked);
        ps.attackerReadsPhotos(token, "The malicious app calls the photos API with Alice's access token.", note);
        ps.sim.phase("Alice's callback");
        Exchange opened = ps.browser.callback(ps.app, BROWSER, answer.params(), "The browser opens PrintShop's"
                + " callback page; the token rides in the #fragment, which the page's script reads.",
                back.responseSeq());
        if (!opened.ok()) {
            return;
        }
        ps.timeline.leaked(BROWSER, null, "access token in browser history", "The callback URL, token included, is"
                + " now saved in the browser history, where anyone using or syncing this browser can find it.",
                opened.requestSeq()).emit();
        fetchPhotos(token, "PrintShop fetches Alice's photos with the token from the URL.", opened.responseSeq());
    }

    private void fetchPhotos(String token, String caption, int cause) {
        ps.sim.send(BearerApi.call(APP, API, "GET", "/photos", token, "photos:read", caption,
                "PrintShop shows Alice her photos.").causedBy(cause));
    }
}
