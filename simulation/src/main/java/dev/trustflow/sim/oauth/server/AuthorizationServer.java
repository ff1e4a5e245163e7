package dev.trustflow.sim.oauth.server;

import com.nimbusds.jose.jwk.JWKSet;
import dev.trustflow.sim.crypto.jwt.JwtIssuer;
import dev.trustflow.sim.crypto.jwt.KeyRing;
import dev.trustflow.sim.crypto.secret.OpaqueSecrets;
import dev.trustflow.sim.oauth.client.ClientRegistry;
import dev.trustflow.sim.oauth.refresh.RefreshTokenStore;
import dev.trustflow.sim.oauth.session.SessionStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One authorization server / OpenID provider: its clients, codes, refresh token families, single sign-on
 * sessions and signing key, behind the authorization, token and JWKS endpoints. Create one per run.
 */
public final class AuthorizationServer {

    /** The {@code kid} of the server's ES256 signing key. */
    public static final String SIGNING_KEY = "auth-server-es256";
    /** How long the single sign-on session at the identity provider lasts. */
    public static final Duration SSO_SESSION = Duration.ofHours(8);

    private final ServerSettings settings;
    private final Clock clock;
    private final KeyRing keys;
    private final ClientRegistry clients;
    private final CodeStore codes;
    private final RefreshTokenStore refreshTokens;
    private final SessionStore ssoSessions;
    private final AuthorizationEndpoint authorizationEndpoint;
    private final TokenEndpoint tokenEndpoint;

    public AuthorizationServer(ServerSettings settings, Clock clock, OpaqueSecrets secrets) {
        this(settings, clock, secrets, new KeyRing());
    }

    /** As above, signing with {@code keys} (a run's key ring), where it creates its key {@link #SIGNING_KEY}. */
    public AuthorizationServer(ServerSettings settings, Clock clock, OpaqueSecrets secrets, KeyRing keys) {
        this.settings = settings;
        this.clock = clock;
        this.keys = keys;
        keys.es256(SIGNING_KEY);
        TokenMinter minter = new TokenMinter(new JwtIssuer(keys, clock), SIGNING_KEY, settings.issuer());
        this.clients = new ClientRegistry(secrets);
        this.codes = new CodeStore(secrets, settings.codeLifetime());
        this.refreshTokens = new RefreshTokenStore(secrets, settings.refresh());
        this.ssoSessions = new SessionStore(secrets, "identity provider's single sign-on session store");
        this.authorizationEndpoint = new AuthorizationEndpoint(settings, clients, codes, minter);
        this.tokenEndpoint = new TokenEndpoint(settings, clients, codes, refreshTokens, minter);
    }

    public ServerSettings settings() {
        return settings;
    }

    public ClientRegistry clients() {
        return clients;
    }

    public RefreshTokenStore refreshTokens() {
        return refreshTokens;
    }

    public SessionStore ssoSessions() {
        return ssoSessions;
    }

    /** The checks made before the consent screen is shown. */
    public AuthorizationResponse validate(AuthorizationRequest request) {
        return authorizationEndpoint.validate(request);
    }

    /** The user said "Allow": redirect back with a code (or the implicit flow's token). */
    public AuthorizationResponse approve(AuthorizationRequest request, String subject, Instant authTime) {
        return authorizationEndpoint.approve(request, subject, authTime, clock.instant());
    }

    public TokenResponse token(TokenRequest request) {
        return tokenEndpoint.handle(request, clock.instant());
    }

    /** {@code GET /jwks}: the public half of the signing key. */
    public JWKSet jwks() {
        return keys.jwks();
    }

    /** The issued authorization codes, for the inspector. */
    public String describeCodes() {
        return codes.describe(clock.instant());
    }
}
