package dev.trustflow.sim.credentials;

import dev.trustflow.sim.check.CheckResult;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.util.encoders.Base32;

/**
 * Time-based one-time passwords (RFC 6238): the HOTP value (RFC 4226) of the number of time steps since the
 * epoch, computed with the JCA's HMAC. The secret never leaves this object except as the enrolment URI.
 */
public final class Totp {

    /** The check id a login records for the second factor. */
    public static final String CHECK = "mfa.totp";

    /** The HMAC behind the code; RFC 6238 uses 20-, 32- and 64-byte secrets for SHA-1, SHA-256 and SHA-512. */
    public enum Algorithm {
        SHA1("HmacSHA1", 20), SHA256("HmacSHA256", 32), SHA512("HmacSHA512", 64);

        private final String jcaName;
        private final int secretBytes;

        Algorithm(String jcaName, int secretBytes) {
            this.jcaName = jcaName;
            this.secretBytes = secretBytes;
        }

        public String jcaName() {
            return jcaName;
        }

        public int secretBytes() {
            return secretBytes;
        }
    }

    /**
     * The outcome of checking a code.
     *
     * @param result  the {@code mfa.totp} check
     * @param counter the time step the code matched, or -1 when it matched none
     */
    public record Verification(CheckResult result, long counter) {
    }

    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private final byte[] secret;
    private final Algorithm algorithm;
    private final int digits;
    private final Duration step;

    public Totp(byte[] secret, Algorithm algorithm, int digits, Duration step) {
        this.secret = secret.clone();
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        if (digits < 6 || digits > 8) {
            throw new IllegalArgumentException("TOTP codes have 6 to 8 digits, not " + digits);
        }
        if (step.isNegative() || step.isZero()) {
            throw new IllegalArgumentException("TOTP time step must be positive: " + step);
        }
        this.digits = digits;
        this.step = step;
    }

    /** A new authenticator enrolment: a random secret of the RFC's length, 6 digits, 30-second steps. */
    public static Totp enroll(SecureRandom random, Algorithm algorithm) {
        byte[] secret = new byte[algorithm.secretBytes()];
        random.nextBytes(secret);
        return new Totp(secret, algorithm, 6, Duration.ofSeconds(30));
    }

    public Duration step() {
        return step;
    }

    /** The time step an instant falls in: whole steps since the Unix epoch. */
    public long counterAt(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), step.getSeconds());
    }

    /** The code an authenticator shows at {@code at}. */
    public String codeAt(Instant at) {
        return codeForCounter(counterAt(at));
    }

    /** HOTP (RFC 4226 section 5.3): HMAC of the 8-byte counter, dynamic truncation, modulo 10^digits. */
    public String codeForCounter(long counter) {
        byte[] mac = hmac(ByteBuffer.allocate(Long.BYTES).putLong(counter).array());
        int offset = mac[mac.length - 1] & 0x0f;
        int binary = ((mac[offset] & 0x7f) << 24) | ((mac[offset + 1] & 0xff) << 16)
                | ((mac[offset + 2] & 0xff) << 8) | (mac[offset + 3] & 0xff);
        long code = binary % POWERS[digits];
        StringBuilder text = new StringBuilder(Long.toString(code));
        while (text.length() < digits) {
            text.insert(0, '0');
        }
        return text.toString();
    }

    /**
     * Checks a code at {@code now}, accepting the current step and {@code driftSteps} either side (clock drift),
     * and refusing any step at or before {@code lastUsedCounter}: RFC 6238 section 5.2 forbids accepting a code
     * twice.
     */
    public Verification verify(String code, Instant now, int driftSteps, long lastUsedCounter) {
        if (code == null || code.length() != digits || !code.chars().allMatch(Character::isDigit)) {
            return new Verification(CheckResult.fail(CHECK, "the code is not " + digits + " digits"), -1);
        }
        long current = counterAt(now);
        byte[] presented = code.getBytes(StandardCharsets.US_ASCII);
        for (long c = current - driftSteps; c <= current + driftSteps; c++) {
            byte[] expected = codeForCounter(c).getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, presented)) {
                if (c <= lastUsedCounter) {
                    return new Verification(CheckResult.fail(CHECK,
                            "this code was already used; a one-time code is accepted only once"), c);
                }
                String when = c == current ? "the current 30-second step" : "a neighbouring step (clock drift)";
                return new Verification(CheckResult.pass(CHECK, "the code matches " + when
                        + " of the authenticator's " + algorithm.jcaName()), c);
            }
        }
        return new Verification(CheckResult.fail(CHECK, "the code matches none of the codes the enrolled "
                + "authenticator shows now or " + driftSteps + " step(s) of " + step.getSeconds()
                + " s either side"), -1);
    }

    /** The enrolment link an authenticator app scans as a QR code (Key Uri Format, Base32 secret). */
    public String otpauthUri(String issuer, String account) {
        String base32 = new String(Base32.encode(secret), StandardCharsets.US_ASCII).replace("=", "");
        return "otpauth://totp/" + issuer + ":" + account + "?secret=" + base32 + "&issuer=" + issuer
                + "&algorithm=" + algorithm.name() + "&digits=" + digits + "&period=" + step.getSeconds();
    }

    private byte[] hmac(byte[] message) {
        try {
            Mac mac = Mac.getInstance(algorithm.jcaName());
            mac.init(new SecretKeySpec(secret, algorithm.jcaName()));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm.jcaName() + " is not available in this JDK", e);
        }
    }
}
