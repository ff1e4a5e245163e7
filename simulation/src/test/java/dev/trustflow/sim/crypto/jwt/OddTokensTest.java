package dev.trustflow.sim.crypto.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.util.Base64URL;
import dev.trustflow.sim.check.CheckResult;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Tokens that exist in the wild but bend the rules: a short HMAC secret, a JWS whose payload is not claims. */
class OddTokensTest {

    /** jwt.io's sample token, signed with the 19-byte secret {@code your-256-bit-secret}. */
    static final String JWT_IO = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
            + ".eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
            + ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";

    private final JwtVerifier verifier = new JwtVerifier(JwtPolicy.inspect(null, null));

    private static JWKSet secret(String text) {
        return new JWKSet(new OctetSequenceKey.Builder(text.getBytes(StandardCharsets.UTF_8)).build());
    }

    private static CheckResult check(VerificationReport report, String id) {
        return report.checks().stream().filter(c -> c.check().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void jwtIosSampleVerifiesWithItsSecretAndTheShortSecretIsNamed() {
        VerificationReport report = verifier.verify(JWT_IO, secret("your-256-bit-secret"), Instant.now());

        CheckResult signature = check(report, "jwt.signature");
        assertThat(signature.passed()).isTrue();
        assertThat(signature.reason()).contains("only 19 bytes").contains("RFC 7518");
        assertThat(check(verifier.verify(JWT_IO, secret("your-256-bit-secreT"), Instant.now()), "jwt.signature")
                .passed()).as("one character off").isFalse();
    }

    @Test
    void aJwsWhosePayloadIsNotClaimsStillHasItsSignatureChecked() throws Exception {
        ECKey key = new KeyRing().es256("k");
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("k").build(),
                new Payload("hello, not JSON"));
        jws.sign(new ECDSASigner(key));
        String compact = jws.serialize();
        JWKSet keys = new JWKSet(key.toPublicJWK());

        VerificationReport good = verifier.verify(compact, keys, Instant.now());
        assertThat(check(good, "jwt.format").passed()).isFalse();
        assertThat(check(good, "jwt.format").reason()).contains("payload").contains("signature is still checked");
        assertThat(check(good, "jwt.signature").passed()).isTrue();
        assertThat(good.valid()).isFalse();

        String[] parts = compact.split("\\.");
        String tampered = parts[0] + "." + Base64URL.encode("hello, not JSON!") + "." + parts[2];
        assertThat(check(verifier.verify(tampered, keys, Instant.now()), "jwt.signature").passed()).isFalse();
    }

    @Test
    void noReasonNamesALibrarysInternals() {
        assertThat(PlainText.of("com.nimbusds.jose.KeyLengthException: The secret length must be at least 256 bits"))
                .isEqualTo("The secret length must be at least 256 bits");
        assertThat(PlainText.of("Invalid JSON: net.minidev.json.parser.ParseException: Unexpected End\n at x"))
                .isEqualTo("Invalid JSON: Unexpected End");
        VerificationReport report = verifier.verify(JWT_IO, secret("your-256-bit-secret"), Instant.now());
        assertThat(report.checks()).allSatisfy(c -> assertThat(c.reason()).doesNotContainIgnoringCase("nimbus")
                .doesNotContain("Exception").doesNotContain("com."));
    }
}
