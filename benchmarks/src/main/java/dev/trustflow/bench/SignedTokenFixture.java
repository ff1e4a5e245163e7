package dev.trustflow.bench;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * One real ES256 access token, made once before measuring: a fresh P-256 key, its public JWKS, and a token
 * with issuer, audience, subject and an expiry an hour from now (wall-clock time, as a gateway checks it).
 */
final class SignedTokenFixture {

    static final String ISSUER = "https://auth.trustflow.demo";
    static final String AUDIENCE = "orders";
    static final String KEY_ID = "bench-key";

    final ECKey key;
    final JWKSet publicKeys;
    final SignedJWT token;
    final String compact;

    SignedTokenFixture() throws JOSEException {
        key = new ECKeyGenerator(Curve.P_256).keyID(KEY_ID).generate();
        publicKeys = new JWKSet(key.toPublicJWK());
        Instant now = Instant.now();
        token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT).keyID(KEY_ID).build(),
                new JWTClaimsSet.Builder()
                        .issuer(ISSUER)
                        .audience(AUDIENCE)
                        .subject("alice")
                        .issueTime(Date.from(now))
                        .expirationTime(Date.from(now.plus(Duration.ofHours(1))))
                        .build());
        token.sign(new ECDSASigner(key));
        compact = token.serialize();
    }
}
