package dev.trustflow.sim.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

    private static final String SEED20 = "12345678901234567890";
    private static final String SEED32 = "12345678901234567890123456789012";
    private static final String SEED64 = "1234567890123456789012345678901234567890123456789012345678901234";

    private static Totp rfc(Totp.Algorithm algorithm) {
        String seed = switch (algorithm) {
            case SHA1 -> SEED20;
            case SHA256 -> SEED32;
            case SHA512 -> SEED64;
        };
        return new Totp(seed.getBytes(StandardCharsets.US_ASCII), algorithm, 8, Duration.ofSeconds(30));
    }

    /** Every row of RFC 6238 Appendix B. */
    @ParameterizedTest(name = "T={0} {2} -> {1}")
    @CsvSource({
            "59, 94287082, SHA1", "59, 46119246, SHA256", "59, 90693936, SHA512",
            "1111111109, 07081804, SHA1", "1111111109, 68084774, SHA256", "1111111109, 25091201, SHA512",
            "1111111111, 14050471, SHA1", "1111111111, 67062674, SHA256", "1111111111, 99943326, SHA512",
            "1234567890, 89005924, SHA1", "1234567890, 91819424, SHA256", "1234567890, 93441116, SHA512",
            "2000000000, 69279037, SHA1", "2000000000, 90698825, SHA256", "2000000000, 38618901, SHA512",
            "20000000000, 65353130, SHA1", "20000000000, 77737706, SHA256", "20000000000, 47863826, SHA512"})
    void matchesRfc6238AppendixB(long epochSeconds, String expected, Totp.Algorithm algorithm) {
        assertThat(rfc(algorithm).codeAt(Instant.ofEpochSecond(epochSeconds))).isEqualTo(expected);
    }

    @Test
    void rfcSeedLengthsAreTheAlgorithmsSecretLengths() {
        assertThat(SEED20).hasSize(Totp.Algorithm.SHA1.secretBytes());
        assertThat(SEED32).hasSize(Totp.Algorithm.SHA256.secretBytes());
        assertThat(SEED64).hasSize(Totp.Algorithm.SHA512.secretBytes());
    }

    @Test
    void verifyAcceptsTheCurrentCodeOnceAndRefusesItsReuse() {
        Totp totp = Totp.enroll(new SecureRandom(), Totp.Algorithm.SHA1);
        Instant now = Instant.parse("2026-01-01T09:00:10Z");
        Totp.Verification first = totp.verify(totp.codeAt(now), now, 1, -1);
        assertThat(first.result().passed()).isTrue();
        assertThat(first.counter()).isEqualTo(totp.counterAt(now));

        Totp.Verification again = totp.verify(totp.codeAt(now), now.plusSeconds(5), 1, first.counter());
        assertThat(again.result().passed()).isFalse();
        assertThat(again.result().reason()).contains("already used");
    }

    @Test
    void verifyAllowsOneStepOfDriftButNotTwo() {
        Totp totp = Totp.enroll(new SecureRandom(), Totp.Algorithm.SHA256);
        Instant now = Instant.parse("2026-01-01T09:00:10Z");
        assertThat(totp.verify(totp.codeAt(now.minusSeconds(30)), now, 1, -1).result().passed()).isTrue();
        assertThat(totp.verify(totp.codeAt(now.minusSeconds(60)), now, 1, -1).result().passed()).isFalse();
    }

    @Test
    void aCodeFromAnotherSecretFailsAndMalformedCodesSayWhy() {
        Totp alice = new Totp(SEED20.getBytes(StandardCharsets.US_ASCII), Totp.Algorithm.SHA1, 6,
                Duration.ofSeconds(30));
        Totp other = new Totp("abcdefghijabcdefghij".getBytes(StandardCharsets.US_ASCII), Totp.Algorithm.SHA1, 6,
                Duration.ofSeconds(30));
        Instant now = Instant.parse("2026-01-01T09:00:10Z");
        assertThat(alice.codeAt(now)).isNotEqualTo(other.codeAt(now));
        assertThat(alice.verify(other.codeAt(now), now, 1, -1).result())
                .satisfies(r -> assertThat(r.check()).isEqualTo(Totp.CHECK))
                .satisfies(r -> assertThat(r.passed()).isFalse());
        assertThat(alice.verify("12ab56", now, 1, -1).result().reason()).contains("not 6 digits");
    }

    @Test
    void otpauthUriCarriesTheBase32SecretWithoutPadding() {
        Totp totp = new Totp(SEED20.getBytes(StandardCharsets.US_ASCII), Totp.Algorithm.SHA1, 6,
                Duration.ofSeconds(30));
        assertThat(totp.otpauthUri("TrustFlow", "carol"))
                .isEqualTo("otpauth://totp/TrustFlow:carol?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                        + "&issuer=TrustFlow&algorithm=SHA1&digits=6&period=30");
    }
}
