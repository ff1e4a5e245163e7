package dev.trustflow.sim.oauth.server;

import dev.trustflow.sim.crypto.jwt.JwtIssuer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Signs the server's JWTs (ES256, nimbus via {@link JwtIssuer}). Access tokens follow RFC 9068
 * ({@code typ: at+jwt}, {@code client_id}, {@code scope}); ID tokens follow OIDC Core ({@code aud} = the client,
 * {@code azp}, {@code nonce}, {@code auth_time}). Token ids are numbered per run so reasons read the same on
 * every run.
 */
final class TokenMinter {

    static final String ACCESS_TOKEN_TYPE = "at+jwt";

    private final JwtIssuer issuer;
    private final String keyName;
    private final String issuerId;
    private int accessCount;
    private int idCount;

    TokenMinter(JwtIssuer issuer, String keyName, String issuerId) {
        this.issuer = issuer;
        this.keyName = keyName;
        this.issuerId = issuerId;
    }

    IssuedToken accessToken(String subject, String clientId, List<String> audience, String scope, Instant now,
                            Duration ttl) {
        String jti = "at-" + (++accessCount);
        String compact = issuer.token(keyName).issuer(issuerId).subject(subject)
                .audience(audience.toArray(new String[0])).type(ACCESS_TOKEN_TYPE).ttl(ttl).jti(jti)
                .claim("client_id", clientId).claim("scope", scope).sign();
        return new IssuedToken(IssuedToken.Kind.ACCESS, compact, jti, now.plus(ttl), subject, clientId, scope);
    }

    IssuedToken idToken(String subject, String clientId, String nonce, Instant authTime, Instant now, Duration ttl) {
        String jti = "id-" + (++idCount);
        var builder = issuer.token(keyName).issuer(issuerId).subject(subject).audience(clientId).type("JWT")
                .ttl(ttl).jti(jti).claim("azp", clientId).claim("auth_time", authTime.getEpochSecond());
        if (nonce != null) {
            builder.claim("nonce", nonce);
        }
        return new IssuedToken(IssuedToken.Kind.ID, builder.sign(), jti, now.plus(ttl), subject, clientId, "openid");
    }
}
