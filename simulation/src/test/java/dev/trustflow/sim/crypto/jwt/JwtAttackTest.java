package dev.trustflow.sim.crypto.jwt;

import static dev.trustflow.sim.crypto.jwt.JwtVerifierTest.assertFailsFirstOn;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every jwt_tool-style attack is rejected, and by the check that should catch it. */
class JwtAttackTest {

    private final JwtTestKit kit = new JwtTestKit();
    private final String good = kit.accessToken(JwtTestKit.EC).sign();

    @ParameterizedTest
    @ValueSource(strings = {"none", "None", "NONE", "nOnE"})
    void algNoneInAnyCaseIsRejectedByAlg(String none) {
        for (boolean keepSignature : List.of(true, false)) {
            VerificationReport report = kit.verify(JwtForgery.withAlg(good, none, keepSignature));

            assertFailsFirstOn(report, "jwt.alg");
            assertThat(report.check("jwt.alg").orElseThrow().reason()).contains("unsigned", "any letter case");
            assertThat(report.check("jwt.signature").orElseThrow().passed()).isFalse();
        }
    }

    @Test
    void strippedSignatureIsRejectedBySignature() {
        VerificationReport report = kit.verify(JwtForgery.stripSignature(good));

        assertFailsFirstOn(report, "jwt.signature");
        assertThat(report.check("jwt.signature").orElseThrow().reason()).contains("empty");
    }

    @Test
    void zeroByteSignatureOfTheRightLengthIsRejected() {
        String forged = JwtForgery.zeroSignature(good);
        assertThat(JwtDecoderTestSupport.signatureLength(forged)).isEqualTo(64);

        assertFailsFirstOn(kit.verify(forged), "jwt.signature");
        assertFailsFirstOn(kit.verify(JwtForgery.zeroSignature(kit.accessToken(JwtTestKit.RSA).sign())),
                "jwt.signature");
    }

    @Test
    void editedPayloadWithoutResigningIsRejectedBySignature() {
        VerificationReport report = kit.verify(JwtForgery.withClaim(good, "role", "admin"));

        assertFailsFirstOn(report, "jwt.signature");
        assertThat(report.checks()).filteredOn(c -> !c.passed()).hasSize(1);
        assertThat(report.check("jwt.iss").orElseThrow().reason()).contains("untrusted claims");
    }

    @Test
    void hs256KeyedWithTheRsaPublicKeyIsAlgorithmConfusion() throws JOSEException {
        RSAKey rsa = kit.ring.rs256(JwtTestKit.RSA);
        String rsToken = kit.accessToken(JwtTestKit.RSA).sign();
        byte[] der = rsa.toRSAPublicKey().getEncoded();
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END PUBLIC KEY-----\n";
        byte[] jwkJson = rsa.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8);

        for (byte[] secret : List.of(der, pem.getBytes(StandardCharsets.US_ASCII), jwkJson)) {
            String forged = JwtForgery.hmacResign(rsToken, secret);
            VerificationReport strict = kit.verify(forged);
            VerificationReport lenient = new JwtVerifier(JwtPolicy.inspect(null, null))
                    .verify(forged, kit.ring.jwks(), kit.clock.instant());

            assertFailsFirstOn(strict, "jwt.alg");
            assertFailsFirstOn(lenient, "jwt.alg");
            assertThat(lenient.check("jwt.alg").orElseThrow().reason()).startsWith("algorithm confusion");
            assertThat(lenient.check("jwt.signature").orElseThrow().reason()).contains("algorithm confusion");
        }
    }

    @Test
    void embeddedAttackerJwkIsNeverTrusted() throws JOSEException {
        ECKey attacker = attackerKey();
        Map<String, Object> jwk = attacker.toPublicJWK().toJSONObject();

        VerificationReport sameKid = kit.verify(JwtForgery.withHeader(good, Map.of("jwk", jwk), attacker));
        VerificationReport noKid = kit.verify(JwtForgery.withHeader(good,
                new java.util.HashMap<>(Map.of("jwk", jwk, "kid", "attacker")), attacker));

        assertFailsFirstOn(sameKid, "jwt.kid");
        assertThat(sameKid.check("jwt.kid").orElseThrow().reason()).contains("'jwk'", "neither trusted nor fetched");
        assertThat(sameKid.check("jwt.signature").orElseThrow().passed()).isFalse();
        assertFailsFirstOn(noKid, "jwt.kid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jku", "x5u"})
    void keyUrlsInTheHeaderAreNeverFetched(String param) throws JOSEException {
        String forged = JwtForgery.withHeader(good, Map.of(param, "https://attacker.example/keys.json"),
                attackerKey());

        VerificationReport report = kit.verify(forged);

        assertFailsFirstOn(report, "jwt.kid");
        assertThat(report.check("jwt.kid").orElseThrow().reason())
                .contains("'" + param + "'", "attacker.example", "neither trusted nor fetched");
        assertThat(report.check("jwt.signature").orElseThrow().passed()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"unknown-key", "", "../../dev/null", "' OR '1'='1"})
    void kidTricksAreRejectedByKid(String kid) throws JOSEException {
        VerificationReport resigned = kit.verify(JwtForgery.withHeader(good, Map.of("kid", kid), attackerKey()));
        VerificationReport kept = kit.verify(JwtForgery.withHeader(good, Map.of("kid", kid), null));

        assertFailsFirstOn(resigned, "jwt.kid");
        assertFailsFirstOn(kept, "jwt.kid");
        assertThat(kept.check("jwt.signature").orElseThrow().passed()).isFalse();
    }

    @Test
    void unknownCritParameterIsRejectedEvenWhenProperlySigned() {
        String signedByServer = JwtForgery.withHeader(good, Map.of("crit", List.of("x-bank-level"),
                "x-bank-level", 3), kit.ring.es256(JwtTestKit.EC));

        VerificationReport report = kit.verify(signedByServer);

        assertFailsFirstOn(report, "jwt.kid");
        assertThat(report.check("jwt.kid").orElseThrow().reason()).contains("crit", "x-bank-level", "7515");
        assertThat(report.check("jwt.signature").orElseThrow().passed()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "abc", "a.b", "a.b.c.d", "a.b.c.d.e", "!!!.e30.abc", "bm90anNvbg.e30.",
            "eyJhbGciOiJFUzI1NiJ9.bm90anNvbg.", "e30.e30.", "eyJhbGciOiJFUzI1NiJ9.WzFd."})
    void garbageIsRejectedByFormat(String garbage) {
        VerificationReport report = kit.verify(garbage);

        assertFailsFirstOn(report, "jwt.format");
        assertThat(report.valid()).isFalse();
        assertThat(report.check("jwt.signature").orElseThrow().passed()).isFalse();
        // a sound JWS header over a payload that is not claims: its header checks still run (the signature too)
        assertThat(report.checks()).filteredOn(c -> c.passed()).extracting(c -> c.check())
                .isSubsetOf("jwt.alg", "jwt.kid");
    }

    @Test
    void oversizedTokenIsRefusedBeforeDecoding() {
        String huge = JwtForgery.withClaim(good, "padding", "x".repeat(20_000));

        VerificationReport report = kit.verify(huge);

        assertFailsFirstOn(report, "jwt.format");
        assertThat(report.check("jwt.format").orElseThrow().reason()).contains("16 KB");
    }

    private static ECKey attackerKey() throws JOSEException {
        return new ECKeyGenerator(Curve.P_256).keyID("auth-es256").generate();
    }
}
