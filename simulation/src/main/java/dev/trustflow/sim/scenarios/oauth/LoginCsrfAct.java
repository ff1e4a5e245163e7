package dev.trustflow.sim.scenarios.oauth;

import static dev.trustflow.sim.scenarios.oauth.Cast.ALICE;
import static dev.trustflow.sim.scenarios.oauth.Cast.ATTACKER;
import static dev.trustflow.sim.scenarios.oauth.Cast.BROWSER;
import static dev.trustflow.sim.scenarios.oauth.PrintShop.API;
import static dev.trustflow.sim.scenarios.oauth.PrintShop.APP;

import dev.trustflow.sim.oauth.server.AuthorizationResponse;
import dev.trustflow.sim.oauth.server.TokenResponse;
import dev.trustflow.sim.oauth.validation.Decision;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

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
        ps.wire.attack(ATTACKER, APP, "The attacker starts a PrintShop login of his own, as PhotoCloud user"
                + " mallory.", Map.of("technique", "login CSRF"));
        AuthorizationResponse checked = ps.flow.start(ps.app, ATTACKER, ATTACKER, "The attacker's browser asks"
                + " PrintShop to sign in.");
        if (checked.status() != 200) {
            return;
        }
        Instant authTime = ps.flow.signIn(ATTACKER, ATTACKER, "mallory");
        AuthorizationResponse his = ps.flow.approve(ATTACKER, ATTACKER, ps.app.peek(ATTACKER).request(), "mallory",
                authTime, PrintShop.CONSENT);
        Map<String, Object> forged = new LinkedHashMap<>(his.params());
        ps.wire.attack(ATTACKER, BROWSER, "Instead of following the redirect, the attacker hides the callback link,"
                + " with his own " + (his.token() != null ? "token" : "code") + ", in a web page Alice visits.",
                Map.of("hidden_link", his.location()));
        if (!ps.flow.callback(ps.app, BROWSER, forged, "Alice's browser loads the hidden link: PrintShop's"
                + " callback with the attacker's " + (his.token() != null ? "token." : "code."))) {
            return;
        }
        String token;
        if (his.token() != null) {
            token = his.token().value();
        } else {
            TokenResponse res = ps.flow.redeem(ps.app, BROWSER, String.valueOf(forged.get("code")));
            if (!res.ok()) {
                ps.wire.response(APP, BROWSER, 400, "PrintShop cannot finish a login it did not start; the forged"
                        + " callback fails.", Map.of());
                return;
            }
            token = res.accessToken().orElseThrow();
        }
        ps.wire.response(APP, BROWSER, 302, "PrintShop now uses the attacker's account for Alice, and nothing"
                + " looks wrong to her.", Map.of("location", "/home"));
        ps.wire.user(ALICE, BROWSER, "Alice uploads a scan of her passport to print it.");
        ps.wire.request(BROWSER, APP, "POST", "/upload", "Alice's browser sends the scan to PrintShop.",
                Map.of("file", "passport-scan.jpg"));
        Decision stored = ps.photos.call(APP, "POST", "/photos", token, "photos:write", "PrintShop stores the scan"
                + " through the photos API, with the token it holds: the attacker's.", "The scan is saved in the"
                + " photo library of the token's subject, mallory.");
        if (stored.accepted()) {
            ps.leak(API, "Alice's passport scan", "Alice's passport scan now sits in the attacker's own photo"
                    + " library, where he simply opens it.");
        }
    }
}
