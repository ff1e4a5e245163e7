package dev.trustflow.sim.crypto.pkce;

import com.nimbusds.jose.util.Base64URL;
import dev.trustflow.sim.check.CheckResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * PKCE as RFC 7636 defines it. The client keeps a random {@code code_verifier} and sends only
 * {@code code_challenge = BASE64URL(SHA-256(ASCII(code_verifier)))}; the token endpoint later recomputes the
 * challenge from the verifier the caller presents and compares.
 */
public final class Pkce {

    /** The check id a token endpoint reports. */
    public static final String CHECK = "pkce.verifier";
    public static final String S256 = "S256";

    /** RFC 7636 section 4.1: 43 to 128 characters of [A-Z] / [a-z] / [0-9] / "-" / "." / "_" / "~". */
    private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9\\-._~]{43,128}");

    private Pkce() {
    }

    /** A new verifier: 32 random bytes, base64url without padding (43 characters), as RFC 7636 recommends. */
    public static String newVerifier(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64URL.encode(bytes).toString();
    }

    public static boolean isWellFormedVerifier(String verifier) {
        return verifier != null && VERIFIER.matcher(verifier).matches();
    }

    /** The S256 challenge of a verifier. */
    public static String challengeS256(String verifier) {
        if (!isWellFormedVerifier(verifier)) {
            throw new IllegalArgumentException("a PKCE code_verifier is 43 to 128 unreserved characters");
        }
        return Base64URL.encode(sha256(verifier.getBytes(StandardCharsets.US_ASCII))).toString();
    }

    /**
     * The token endpoint's check: does the presented verifier hash to the challenge stored with the code?
     *
     * @param storedChallenge the challenge the authorization request carried (stored with the code)
     * @param method          the stored {@code code_challenge_method}; only S256 is accepted
     * @param presented       the {@code code_verifier} of the token request, or null when it had none
     */
    public static CheckResult verify(String storedChallenge, String method, String presented) {
        if (presented == null || presented.isEmpty()) {
            return CheckResult.fail(CHECK, "the code was bound to a PKCE challenge but the request has no"
                    + " code_verifier");
        }
        if (!S256.equals(method)) {
            return CheckResult.fail(CHECK, "challenge method '" + method + "' is not accepted; only S256 is");
        }
        if (!isWellFormedVerifier(presented)) {
            return CheckResult.fail(CHECK, "the code_verifier is not 43 to 128 unreserved characters");
        }
        String recomputed = challengeS256(presented);
        boolean same = MessageDigest.isEqual(recomputed.getBytes(StandardCharsets.US_ASCII),
                storedChallenge.getBytes(StandardCharsets.US_ASCII));
        return same
                ? CheckResult.pass(CHECK, "SHA-256 of the code_verifier matches the code_challenge stored with"
                        + " the code")
                : CheckResult.fail(CHECK, "SHA-256 of the code_verifier does not match the code_challenge"
                        + " stored with the code: the caller is not the client that started the flow");
    }

    static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
