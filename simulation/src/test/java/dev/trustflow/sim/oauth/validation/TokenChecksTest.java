package dev.trustflow.sim.oauth.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.clock.VirtualClock;
import dev.trustflow.sim.crypto.pkce.Pkce;
import dev.trustflow.sim.crypto.secret.OpaqueSecrets;
import dev.trustflow.sim.oauth.server.AuthorizationRequest;
import dev.trustflow.sim.oauth.server.AuthorizationServer;
import dev.trustflow.sim.oauth.server.ServerSettings;
import dev.trustflow.sim.oauth.server.TokenRequest;
import dev.trustflow.sim.oauth.server.TokenResponse;
import dev.trustflow.sim.oauth.session.Denylist;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenChecksTest {

    private static final String ISSUER = "https://auth.trustflow.demo";
    private static final String CALLBACK = "https://cal.example/cb";
    private static final String VERIFIER = Pkce.newVerifier(new java.security.SecureRandom());

    private final VirtualClock clock = new VirtualClock();
    private final AuthorizationServer server = new AuthorizationServer(
            ServerSettings.secure(ISSUER, Map.of("calendar:read", "calendar-api")), clock, new OpaqueSecrets());
    private final TokenResponse tokens;

    TokenChecksTest() {
        server.clients().registerPublic("calendar", "Calendar", List.of(CALLBACK), Set.of("openid", "calendar:read"));
        String code = server.approve(AuthorizationRequest.code("calendar", CALLBACK, "openid calendar:read")
                .withChallenge(Pkce.challengeS256(VERIFIER)).withNonce("n-1"), "alice", clock.instant())
                .param("code").orElseThrow();
        tokens = server.token(TokenRequest.authorizationCode("calendar", null, code, CALLBACK, VERIFIER));
    }

    private AccessTokenCheck api(String audience, Denylist denylist) {
        return new AccessTokenCheck(ISSUER, audience, server.jwks(), denylist);
    }

    @Test
    void theApiAcceptsItsOwnTokenWithTheScope() {
        Decision d = api("calendar-api", null).check(tokens.accessToken().orElseThrow(), "calendar:read",
                clock.instant());
        assertThat(d.status()).isEqualTo(200);
        assertThat(d.subject()).isEqualTo("alice");
    }

    @Test
    void aMissingScopeIsA403() {
        Decision d = api("calendar-api", null).check(tokens.accessToken().orElseThrow(), "calendar:write",
                clock.instant());
        assertThat(d.status()).isEqualTo(403);
        assertThat(d.firstFailure().orElseThrow().check()).isEqualTo("jwt.scope");
    }

    @Test
    void anotherApiRefusesTheTokenOnAudienceUnlessItSkipsTheCheck() {
        String at = tokens.accessToken().orElseThrow();
        assertThat(api("payroll-api", null).check(at, "calendar:read", clock.instant()).firstFailure().orElseThrow()
                .check()).isEqualTo("jwt.aud");
        assertThat(api(null, null).check(at, "calendar:read", clock.instant()).accepted()).isTrue();
    }

    @Test
    void expiryAndDenylistStopTheToken() {
        String at = tokens.accessToken().orElseThrow();
        Denylist denylist = new Denylist();
        denylist.revoke("at-1", clock.instant().plus(Duration.ofMinutes(15)));
        assertThat(api("calendar-api", denylist).check(at, "calendar:read", clock.instant()).firstFailure()
                .orElseThrow().check()).isEqualTo("jwt.denylist");
        clock.advance(Duration.ofMinutes(16));
        assertThat(api("calendar-api", null).check(at, "calendar:read", clock.instant()).firstFailure().orElseThrow()
                .check()).isEqualTo("jwt.exp");
    }

    @Test
    void theIdTokenPassesEveryOidcCheckForItsOwnLogin() {
        Decision d = new IdTokenCheck(ISSUER, "calendar", server.jwks(), IdTokenCheck.Strictness.full())
                .check(tokens.idToken().orElseThrow(), "n-1", clock.instant());
        assertThat(d.accepted()).isTrue();
        assertThat(d.check("oidc.nonce").orElseThrow().passed()).isTrue();
    }

    @Test
    void oidcChecksCatchTheWrongAudienceAReplayedNonceAndAnAccessToken() {
        IdTokenCheck other = new IdTokenCheck(ISSUER, "mail", server.jwks(), IdTokenCheck.Strictness.full());
        assertThat(other.check(tokens.idToken().orElseThrow(), "n-1", clock.instant()).firstFailure().orElseThrow()
                .check()).isEqualTo("oidc.aud");
        IdTokenCheck self = new IdTokenCheck(ISSUER, "calendar", server.jwks(), IdTokenCheck.Strictness.full());
        assertThat(self.check(tokens.idToken().orElseThrow(), "n-2", clock.instant()).firstFailure().orElseThrow()
                .check()).isEqualTo("oidc.nonce");
        assertThat(self.check(tokens.accessToken().orElseThrow(), "n-1", clock.instant()).firstFailure()
                .orElseThrow().check()).isEqualTo("oidc.token-type");
    }
}
