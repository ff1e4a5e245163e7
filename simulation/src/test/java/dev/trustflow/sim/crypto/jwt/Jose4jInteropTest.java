package dev.trustflow.sim.crypto.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** jose4j, an independent JOSE library, and ours agree on tokens and on the exported JWKS JSON. */
class Jose4jInteropTest {

    private final JwtTestKit kit = new JwtTestKit();

    @ParameterizedTest
    @CsvSource({"auth-es256, ES256", "auth-rs256, RS256"})
    void aJose4jTokenVerifiesWithOurs(String keyName, String alg) throws Exception {
        PublicJsonWebKey signingKey = PublicJsonWebKey.Factory.newPublicJwk(
                kit.ring.key(keyName).orElseThrow().toJSONString());
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(JwtTestKit.ISSUER);
        claims.setSubject("alice");
        claims.setAudience(JwtTestKit.API);
        long now = kit.clock.instant().getEpochSecond();
        claims.setIssuedAt(NumericDate.fromSeconds(now));
        claims.setExpirationTime(NumericDate.fromSeconds(now + 600));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(signingKey.getPrivateKey());
        jws.setKeyIdHeaderValue(keyName);
        jws.setHeader("typ", "at+jwt");
        jws.setAlgorithmHeaderValue(alg.equals("ES256") ? AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256
                : AlgorithmIdentifiers.RSA_USING_SHA256);
        String token = jws.getCompactSerialization();

        VerificationReport report = kit.verifier.verify(token, kit.ring.jwks(), kit.clock.instant());
        VerificationReport tampered = kit.verifier.verify(JwtForgery.withClaim(token, "sub", "mallory"),
                kit.ring.jwks(), kit.clock.instant());

        assertThat(report.valid()).as(report.toString()).isTrue();
        assertThat(tampered.firstFailure().orElseThrow().check()).isEqualTo("jwt.signature");
    }

    @ParameterizedTest
    @CsvSource({"auth-es256", "auth-rs256"})
    void ourTokenVerifiesInJose4jAgainstOurExportedJwksJson(String keyName) throws Exception {
        String token = kit.accessToken(keyName).sign();
        JsonWebKeySet jwks = new JsonWebKeySet(kit.ring.jwks().toString());
        JwtConsumer consumer = new JwtConsumerBuilder()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(jwks.getJsonWebKeys()))
                .setExpectedIssuer(JwtTestKit.ISSUER)
                .setExpectedAudience(JwtTestKit.API)
                .setRequireExpirationTime()
                .setEvaluationTime(NumericDate.fromSeconds(kit.clock.instant().getEpochSecond()))
                .build();

        JwtContext context = consumer.process(token);

        assertThat(context.getJwtClaims().getSubject()).isEqualTo("alice");
        assertThat(context.getJwtClaims().getClaimValue("role")).isEqualTo("customer");
        String later = kit.accessToken(keyName).sign();
        kit.clock.advance(Duration.ofHours(1));
        assertThat(kit.verify(later).firstFailure().orElseThrow().check()).isEqualTo("jwt.exp");
    }
}
