package dev.trustflow.sim.scenarios.oauth;

import static dev.trustflow.sim.scenarios.oauth.Cast.ALICE;
import static dev.trustflow.sim.scenarios.oauth.Cast.ATTACKER;
import static dev.trustflow.sim.scenarios.oauth.Cast.BROWSER;
import static dev.trustflow.sim.scenarios.oauth.PrintShop.APP;

import dev.trustflow.sim.engine.Exchange;
import dev.trustflow.sim.engine.Reply;
import dev.trustflow.sim.engine.Request;
import dev.trustflow.sim.oauth.server.AuthorizationResponse;

/**
 * Act 2, login CSRF: the attacker starts a PrintShop login with his own PhotoCloud account, stops before the
 * callback, and makes Alice's browser deliver his code. The state check stops it ({@code oauth.state}); without
 * state, PKCE still does ({@code pkce.verifier}: Alice's app holds no verifier for that code); without both,
 * Alice's app is silently linked to the attacker's account and her upload lands there.
 */
final class LoginCsrfAct {

    private final PrintShop ps;

    LoginCsrfAct(PrintShop ps) {
        this.ps = ps;
    }

    void play() {
        int started = ps.timeline.attack(ATTACKER, APP, "The attacker starts a PrintShop login of his own, as"
                + " PhotoCloud user mallory.", -1).data("technique", "login CSRF").emit();
        Exchange his = ps.browser.start(ps.app, ATTACKER, ATTACKER, "mallory", "The attacker's browser asks"
                + " PrintShop to sign in.", started);
        if (!BrowserLogin.redirectedBack(his)) {
            return;
        }
        AuthorizationResponse answer = BrowserLogin.answer(his);
        String what = answer.token() != null ? "token" : "code";
        int hidden = ps.timeline.attack(ATTACKER, BROWSER, "Instead of following the redirect, the attacker hides"
                + " the callback link, with his own " + what + ", in a web page Alice visits.", his.responseSeq())
                .data("hidden_link", answer.location()).emit();
        ps.app.onSignIn((at, signIn) -> Reply.of(302, "PrintShop now uses the attacker's account for Alice, and"
                + " nothing looks wrong to her.").data("location", "/home"), "PrintShop cannot finish a login it did"
                + " not start; the forged callback fails.");
        Exchange forged = ps.browser.callback(ps.app, BROWSER, answer.params(), "Alice's browser loads the hidden"
                + " link: PrintShop's callback with the attacker's " + what + ".", hidden);
        if (!forged.ok()) {
            return;
        }
        int uploads = ps.timeline.user(ALICE, BROWSER, "Alice uploads a scan of her passport to print it.",
                forged.responseSeq());
        ps.sim.send(Request.post(BROWSER, APP, "/upload").causedBy(uploads)
                .caption("Alice's browser sends the scan to PrintShop.").data("file", "passport-scan.jpg"));
    }
}
