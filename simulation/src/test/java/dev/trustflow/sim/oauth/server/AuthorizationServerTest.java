package dev.trustflow.sim.oauth.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.clock.VirtualClock;
import dev.trustflow.sim.crypto.pkce.Pkce;
import dev.trustflow.sim.crypto.secret.OpaqueSecrets;
import dev.trustflow.sim.oauth.client.RedirectMatching;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuthorizationServerTest {

    private static final String ISSUER = "https://auth.trustflow.demo";
    private static final String CALLBACK = "https://print.example/callback";
    private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

    private final VirtualClock clock = new VirtualClock();
    private final OpaqueSecrets secrets = new OpaqueSecrets();

    private AuthorizationServer server(ServerSettings settings) {
        AuthorizationServer server = new AuthorizationServer(settings, clock, secrets);
        server.clients().registerPublic("photo-app", "PrintShop", List.of(CALLBACK),
                Set.of("openid", "photos:read", "offline_access"));
        return server;
    }

    private static ServerSettings secure() {
        return ServerSettings.secure(ISSUER, Map.of("photos:read", "photos-api"));
    }

    private static AuthorizationRequest request() {
        return AuthorizationRequest.code("photo-app", CALLBACK, "openid photos:read offline_access")
                .withState("s1").withChallenge(Pkce.challengeS256(VERIFIER)).withNonce("n1");
    }

    @Test
    void codeFlowWithPkceIssuesAccessIdAndRefreshTokens() throws Exception {
        AuthorizationServer server = server(secure());
        AuthorizationResponse auth = server.approve(request(), "alice", clock.instant());
        assertThat(auth.status()).isEqualTo(302);
        assertThat(auth.location()).startsWith(CALLBACK + "?code=").contains("&state=s1");
        clock.advance(Duration.ofSeconds(2));
        TokenResponse tokens = server.token(TokenRequest.authorizationCode("photo-app", null,
                auth.param("code").orElseThrow(), CALLBACK, VERIFIER));
        assertThat(tokens.ok()).isTrue();
        assertThat(tokens.checks()).extracting(CheckResult::check).containsExactly("oauth.client-auth", "oauth.code",
                "oauth.code-reuse", "oauth.redirect-uri", "pkce.verifier");
        SignedJWT access = SignedJWT.parse(tokens.accessToken().orElseThrow());
        assertThat(access.getHeader().getType().getType()).isEqualTo("at+jwt");
        assertThat(access.getJWTClaimsSet().getAudience()).containsExactly("photos-api");
        assertThat(access.getJWTClaimsSet().getStringClaim("scope")).isEqualTo("openid photos:read offline_access");
        SignedJWT id = SignedJWT.parse(tokens.idToken().orElseThrow());
        assertThat(id.getJWTClaimsSet().getAudience()).containsExactly("photo-app");
        assertThat(id.getJWTClaimsSet().getStringClaim("nonce")).isEqualTo("n1");
        assertThat(id.getJWTClaimsSet().getStringClaim("azp")).isEqualTo("photo-app");
        assertThat(tokens.refreshToken()).isPresent();
        assertThat(server.jwks().getKeys()).hasSize(1);
    }

    @Test
    void aWrongVerifierIsRefusedAndTheCodeIsOneTime() {
        AuthorizationServer server = server(secure());
        String code = server.approve(request(), "alice", clock.instant()).param("code").orElseThrow();
        TokenResponse thief = server.token(TokenRequest.authorizationCode("photo-app", null, code, CALLBACK,
                Pkce.newVerifier(secrets.random())));
        assertThat(thief.status()).isEqualTo(400);
        assertThat(thief.firstFailure().orElseThrow().check()).isEqualTo("pkce.verifier");
        TokenResponse app = server.token(TokenRequest.authorizationCode("photo-app", null, code, CALLBACK, VERIFIER));
        assertThat(app.ok()).isTrue();
        TokenResponse again = server.token(TokenRequest.authorizationCode("photo-app", null, code, CALLBACK, VERIFIER));
        assertThat(again.firstFailure().orElseThrow().check()).isEqualTo("oauth.code-reuse");
        assertThat(again.revokedFamily()).isNotNull();
        assertThat(server.describeCodes()).contains("used").doesNotContain(code);
    }

    @Test
    void withPkceRequiredARequestWithoutAChallengeIsRefused() {
        AuthorizationResponse auth = server(secure()).validate(
                AuthorizationRequest.code("photo-app", CALLBACK, "photos:read").withState("s"));
        assertThat(auth.firstFailure().orElseThrow().check()).isEqualTo("pkce.challenge");
        assertThat(auth.param("error")).contains("invalid_request");
    }

    @Test
    void anUnregisteredRedirectGetsAnErrorPageNotARedirect() {
        AuthorizationResponse auth = server(secure()).validate(
                AuthorizationRequest.code("photo-app", "https://print.example.attacker.test/cb", "photos:read"));
        assertThat(auth.status()).isEqualTo(400);
        assertThat(auth.redirects()).isFalse();
        assertThat(auth.firstFailure().orElseThrow().check()).isEqualTo("oauth.redirect-uri");
    }

    @Test
    void prefixMatchingSendsTheCodeToALookAlikeHost() {
        AuthorizationServer server = server(secure().withRedirectMatching(RedirectMatching.PREFIX));
        AuthorizationRequest evil = new AuthorizationRequest("code", "photo-app",
                "https://print.example.attacker.test/cb", "photos:read", null, Pkce.challengeS256(VERIFIER), "S256",
                null);
        AuthorizationResponse auth = server.approve(evil, "alice", clock.instant());
        assertThat(auth.location()).startsWith("https://print.example.attacker.test/cb?code=");
    }

    @Test
    void theImplicitFlowPutsTheTokenInTheFragmentOnlyWhenEnabled() {
        AuthorizationRequest implicit = request().implicit();
        assertThat(server(secure()).validate(implicit).firstFailure().orElseThrow().check())
                .isEqualTo("oauth.response-type");
        AuthorizationResponse auth = server(secure().withImplicit(true)).approve(implicit, "alice", clock.instant());
        assertThat(auth.location()).startsWith(CALLBACK + "#access_token=ey");
        assertThat(auth.token()).isNotNull();
    }

    @Test
    void clientCredentialsNeedTheSecretAndAnAllowedScope() {
        AuthorizationServer server = server(secure());
        String secret = server.clients().registerConfidential("billing", "Billing", List.of(),
                Set.of("invoices:read"));
        assertThat(server.token(TokenRequest.clientCredentials("billing", secret, "invoices:read")).ok()).isTrue();
        TokenResponse wrongSecret = server.token(TokenRequest.clientCredentials("billing", "cs_x", "invoices:read"));
        assertThat(wrongSecret.status()).isEqualTo(401);
        assertThat(wrongSecret.error()).isEqualTo("invalid_client");
        TokenResponse tooMuch = server.token(TokenRequest.clientCredentials("billing", secret, "invoices:write"));
        assertThat(tooMuch.error()).isEqualTo("invalid_scope");
    }
}
