package dev.trustflow.sim.crypto.secret;

import com.nimbusds.jose.util.Base64URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * Random opaque secrets and their storage form. A server keeps only {@link #hash(String)} of a high-entropy
 * secret (a refresh token, a session id, a client secret), so a dump of its store does not hand out
 * usable secrets; {@link #matches(String, String)} compares in constant time.
 */
public final class OpaqueSecrets {

    private final SecureRandom random;

    public OpaqueSecrets(SecureRandom random) {
        this.random = random;
    }

    public OpaqueSecrets() {
        this(new SecureRandom());
    }

    /** {@code bytes} random bytes, base64url without padding, with a readable prefix ({@code rt_}, {@code sid_}). */
    public String next(String prefix, int bytes) {
        byte[] raw = new byte[bytes];
        random.nextBytes(raw);
        return prefix + Base64URL.encode(raw);
    }

    public SecureRandom random() {
        return random;
    }

    /** The stored form: base64url SHA-256 of the secret's UTF-8 bytes. */
    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return Base64URL.encode(digest).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Whether {@code presented} hashes to {@code storedHash}, compared in constant time. */
    public static boolean matches(String presented, String storedHash) {
        if (presented == null || storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(hash(presented).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    /** A short, safe-to-show handle for a stored hash (first 8 characters), for the inspector. */
    public static String shortHash(String storedHash) {
        return storedHash.length() <= 8 ? storedHash : storedHash.substring(0, 8) + "…";
    }
}
