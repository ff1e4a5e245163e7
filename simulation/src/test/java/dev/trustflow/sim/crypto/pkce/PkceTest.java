package dev.trustflow.sim.crypto.pkce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.util.Base64URL;
import dev.trustflow.sim.check.CheckResult;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PkceTest {

    /** RFC 7636 Appendix B. */
    private static final byte[] VERIFIER_OCTETS = {116, 24, (byte) 223, (byte) 180, (byte) 151, (byte) 153,
        (byte) 224, 37, 79, (byte) 250, 96, 125, (byte) 216, (byte) 173, (byte) 187, (byte) 186, 22, (byte) 212, 37,
        77, 105, (byte) 214, (byte) 191, (byte) 240, 91, 88, 5, 88, 83, (byte) 132, (byte) 141, 121};
    private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    private static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    @Test
    void rfc7636AppendixBVector() {
        assertThat(Base64URL.encode(VERIFIER_OCTETS).toString()).isEqualTo(VERIFIER);
        assertThat(Pkce.challengeS256(VERIFIER)).isEqualTo(CHALLENGE);
    }

    @Test
    void theRightVerifierPasses() {
        CheckResult result = Pkce.verify(CHALLENGE, "S256", VERIFIER);
        assertThat(result.passed()).isTrue();
        assertThat(result.check()).isEqualTo("pkce.verifier");
    }

    @Test
    void anotherVerifierFailsBecauseItsHashDiffers() {
        String other = Pkce.newVerifier(new SecureRandom());
        CheckResult result = Pkce.verify(CHALLENGE, "S256", other);
        assertThat(result.passed()).isFalse();
        assertThat(result.reason()).contains("does not match");
    }

    @Test
    void aMissingVerifierFails() {
        assertThat(Pkce.verify(CHALLENGE, "S256", null).reason()).contains("no code_verifier");
    }

    @Test
    void thePlainMethodIsRefused() {
        assertThat(Pkce.verify(VERIFIER, "plain", VERIFIER).passed()).isFalse();
    }

    @Test
    void theChallengeItselfIsNotAVerifier() {
        // an attacker who saw the challenge on the front channel presents it as the verifier
        assertThat(Pkce.verify(CHALLENGE, "S256", CHALLENGE).passed()).isFalse();
    }

    @Test
    void newVerifiersAreWellFormedAndDistinct() {
        SecureRandom random = new SecureRandom();
        String a = Pkce.newVerifier(random);
        String b = Pkce.newVerifier(random);
        assertThat(a).hasSize(43).isNotEqualTo(b);
        assertThat(Pkce.isWellFormedVerifier(a)).isTrue();
    }

    @Test
    void shortOrBadVerifiersAreRejected() {
        assertThat(Pkce.verify(CHALLENGE, "S256", "short").reason()).contains("43 to 128");
        assertThatThrownBy(() -> Pkce.challengeS256("has spaces in it and is long enough to count, surely yes"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
