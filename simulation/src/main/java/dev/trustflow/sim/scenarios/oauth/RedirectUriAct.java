package dev.trustflow.sim.scenarios.oauth;

import static dev.trustflow.sim.scenarios.oauth.Cast.ALICE;
import static dev.trustflow.sim.scenarios.oauth.Cast.ATTACKER;
import static dev.trustflow.sim.scenarios.oauth.Cast.BROWSER;
import static dev.trustflow.sim.scenarios.oauth.PrintShop.APP;

import dev.trustflow.sim.crypto.pkce.Pkce;
import dev.trustflow.sim.engine.Exchange;
import dev.trustflow.sim.engine.Request;
import dev.trustflow.sim.oauth.server.AuthorizationRequest;
import dev.trustflow.sim.oauth.server.AuthorizationResponse;
import dev.trustflow.sim.oauth.server.TokenRequest;
import dev.trustflow.sim.oauth.server.TokenResponse;

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
        int phished = ps.timeline.attack(ATTACKER, ALICE, "The attacker emails Alice a link to the real PhotoCloud"
                + " sign-in for the real PrintShop app, but with redirect_uri on his look-alike host.", -1)
                .data("technique", "redirect_uri manipulation").data("redirect_uri", PrintShop.LOOK_ALIKE).emit();
        int clicked = ps.timeline.user(ALICE, BROWSER, "Alice clicks the link: the address really is PhotoCloud's.",
                phished);
        Exchange opened = ps.sim.send(LoginPages.authorize(BROWSER, evil, "The browser opens the authorization"
                + " endpoint with the attacker's redirect_uri.").causedBy(clicked));
        Exchange back = ps.browser.arrive(ALICE, BROWSER, "alice", opened);
        if (!BrowserLogin.redirectedBack(back)) {
            return;
        }
        AuthorizationResponse answer = BrowserLogin.answer(back);
        Exchange landed = ps.sim.send(Request.get(BROWSER, ATTACKER, "/callback").causedBy(back.responseSeq())
                .caption("The browser follows the redirect to the attacker's host.").data(answer.params()));
        if (answer.token() != null) {
            int read = ps.leak(BROWSER, "access token", "The attacker's page reads Alice's access token from the URL"
                    + " fragment.", landed.requestSeq()).steals(ATTACKER, BROWSER, answer.token().id()).emit();
            ps.attackerReadsPhotos(answer.token().value(), "The attacker calls the photos API with Alice's token.",
                    read);
            return;
        }
        int received = ps.leak(BROWSER, "authorization code", "The attacker's server receives Alice's authorization"
                + " code.", landed.requestSeq()).emit();
        Exchange redeemed = ps.sim.send(TokenEndpoints.token(ATTACKER, TokenRequest.authorizationCode(APP, null,
                answer.param("code").orElseThrow(), PrintShop.LOOK_ALIKE, verifier), "The attacker redeems the code"
                + (verifier != null ? " with his own verifier: he started this request, so PKCE cannot tell." : "."))
                .causedBy(received));
        TokenResponse stolen = TokenEndpoints.answer(redeemed);
        if (stolen.ok()) {
            ps.attackerReadsPhotos(stolen.accessToken().orElseThrow(), "The attacker calls the photos API with"
                    + " Alice's access token.", redeemed.responseSeq());
        }
    }
}
