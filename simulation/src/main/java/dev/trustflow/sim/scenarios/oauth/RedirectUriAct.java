package dev.trustflow.sim.scenarios.oauth;

import static dev.trustflow.sim.scenarios.oauth.Cast.ALICE;
import static dev.trustflow.sim.scenarios.oauth.Cast.ATTACKER;
import static dev.trustflow.sim.scenarios.oauth.Cast.BROWSER;
import static dev.trustflow.sim.scenarios.oauth.PrintShop.APP;

import dev.trustflow.sim.crypto.pkce.Pkce;
import dev.trustflow.sim.oauth.server.AuthorizationRequest;
import dev.trustflow.sim.oauth.server.AuthorizationResponse;
import dev.trustflow.sim.oauth.server.TokenRequest;
import dev.trustflow.sim.oauth.server.TokenResponse;
import java.time.Instant;
import java.util.Map;

/**
 * Act 3: a phishing link to the real authorization server, for the real PrintShop client, with a
 * {@code redirect_uri} on a look-alike host. Exact matching refuses it ({@code oauth.redirect-uri}) and sends
 * nothing anywhere; lax prefix matching sends Alice's code to the attacker, who started the request himself and
 * so holds the PKCE verifier too.
 */
final class RedirectUriAct {

    private final PrintShop ps;

    RedirectUriAct(PrintShop ps) {
        this.ps = ps;
    }

    void play() {
        String verifier = ps.pkce && !ps.implicit ? Pkce.newVerifier(ps.secrets.random()) : null;
        AuthorizationRequest evil = AuthorizationRequest.code(APP, PrintShop.LOOK_ALIKE, PrintShop.SCOPE)
                .withState(ps.secrets.next("st_", 16))
                .withChallenge(verifier == null ? null : Pkce.challengeS256(verifier));
        if (ps.implicit) {
            evil = evil.implicit();
        }
        ps.wire.attack(ATTACKER, ALICE, "The attacker emails Alice a link to the real PhotoCloud sign-in for the"
                + " real PrintShop app, but with redirect_uri on his look-alike host.",
                Map.of("technique", "redirect_uri manipulation", "redirect_uri", PrintShop.LOOK_ALIKE));
        ps.wire.user(ALICE, BROWSER, "Alice clicks the link: the address really is PhotoCloud's.");
        AuthorizationResponse checked = ps.flow.arrive(BROWSER, evil, "The browser opens the authorization endpoint"
                + " with the attacker's redirect_uri.");
        if (checked.status() != 200) {
            return;
        }
        Instant authTime = ps.flow.signIn(ALICE, BROWSER, "alice");
        AuthorizationResponse answer = ps.flow.approve(ALICE, BROWSER, evil, "alice", authTime, PrintShop.CONSENT);
        ps.wire.request(BROWSER, ATTACKER, "GET", "/callback", "The browser follows the redirect to the attacker's"
                + " host.", answer.params());
        if (answer.token() != null) {
            ps.leak(BROWSER, "access token", "The attacker's page reads Alice's access token from the URL fragment.");
            ps.attackerReadsPhotos(answer.token().value(), "The attacker calls the photos API with Alice's token.");
            return;
        }
        ps.leak(BROWSER, "authorization code", "The attacker's server receives Alice's authorization code.");
        TokenResponse stolen = ps.flow.exchange(ATTACKER, TokenRequest.authorizationCode(APP, null,
                answer.param("code").orElseThrow(), PrintShop.LOOK_ALIKE, verifier), "The attacker redeems the code"
                + (verifier != null ? " with his own verifier: he started this request, so PKCE cannot tell." : "."));
        if (stolen.ok()) {
            ps.attackerReadsPhotos(stolen.accessToken().orElseThrow(), "The attacker calls the photos API with"
                    + " Alice's access token.");
        }
    }
}
