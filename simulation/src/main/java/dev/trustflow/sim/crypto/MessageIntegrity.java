package dev.trustflow.sim.crypto;

import dev.trustflow.sim.check.CheckResult;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.util.HexFormat;
import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The three ways to protect a message's integrity that lesson 2 contrasts, each a thin JCA call: a SHA-256
 * digest (anyone can recompute it), an HMAC-SHA256 tag (needs the shared key) and an ECDSA P-256 signature
 * (needs the private key to make, only the public key to check). Every verify reports a {@link CheckResult}
 * with the stable ids {@link #HASH_MATCH}, {@link #HMAC_VERIFY} and {@link #SIG_VERIFY}; comparisons of
 * digests and tags are constant-time ({@link MessageDigest#isEqual}).
 */
public final class MessageIntegrity {

    public static final String HASH_MATCH = "hash.match";
    public static final String HMAC_VERIFY = "hmac.verify";
    public static final String SIG_VERIFY = "sig.verify";

    private static final String HMAC_ALGORITHM = "HmacSHA256";
    private static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";
    private static final HexFormat HEX = HexFormat.of();

    private MessageIntegrity() {
    }

    /** The SHA-256 digest of {@code message}. */
    public static byte[] sha256(byte[] message) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(message);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Recomputes the digest of {@code message} and compares it with the one that came with it. */
    public static CheckResult verifyHash(byte[] message, byte[] receivedDigest) {
        byte[] computed = sha256(message);
        if (MessageDigest.isEqual(computed, receivedDigest)) {
            return CheckResult.pass(HASH_MATCH, "the SHA-256 of the message equals the digest that came with it ("
                    + shortHex(computed) + "); this proves nothing about who computed it");
        }
        return CheckResult.fail(HASH_MATCH, "the SHA-256 of the message is " + shortHex(computed)
                + " but the digest that came with it is " + shortHex(receivedDigest)
                + ": the message changed after the digest was computed");
    }

    /** A fresh random 256-bit HMAC-SHA256 key from the platform's SecureRandom. */
    public static SecretKey newHmacKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance(HMAC_ALGORITHM);
            generator.init(256);
            return generator.generateKey();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has " + HMAC_ALGORITHM, e);
        }
    }

    /** An HMAC-SHA256 key from raw bytes (at least 32 bytes for full strength). */
    public static SecretKey hmacKey(byte[] raw) {
        return new SecretKeySpec(raw, HMAC_ALGORITHM);
    }

    /** The HMAC-SHA256 tag of {@code message} under {@code key}. */
    public static byte[] hmacSha256(SecretKey key, byte[] message) {
        try {
            Mac mac = Mac.getInstance(HMAC_ALGORITHM);
            mac.init(key);
            return mac.doFinal(message);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has " + HMAC_ALGORITHM, e);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("not a usable HMAC key: " + e.getMessage(), e);
        }
    }

    /**
     * Recomputes the tag with the receiver's copy of the shared key and compares it with the received tag.
     * The reason names no bytes (keys are random per run, so the story stays the same for the same seed);
     * the tags themselves travel as artifacts.
     */
    public static CheckResult verifyHmac(SecretKey sharedKey, byte[] message, byte[] receivedTag) {
        byte[] computed = hmacSha256(sharedKey, message);
        if (MessageDigest.isEqual(computed, receivedTag)) {
            return CheckResult.pass(HMAC_VERIFY, "the HMAC-SHA256 computed with the shared key equals the tag "
                    + "that came with the message: only a holder of the shared key could have made it");
        }
        return CheckResult.fail(HMAC_VERIFY, "the HMAC-SHA256 computed with the shared key differs from the tag "
                + "that came with the message: the message was changed, or the tag was made without the shared key");
    }

    /** Signs {@code message} with SHA256withECDSA (DER-encoded signature). */
    public static byte[] sign(PrivateKey privateKey, byte[] message) {
        try {
            Signature signer = Signature.getInstance(SIGNATURE_ALGORITHM, EcKeys.provider());
            signer.initSign(privateKey);
            signer.update(message);
            return signer.sign();
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("not an EC private key: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA256withECDSA is unavailable: " + e.getMessage(), e);
        }
    }

    /** Verifies a SHA256withECDSA signature with the signer's public key (the reason names no key bytes). */
    public static CheckResult verifySignature(PublicKey publicKey, byte[] message, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(SIGNATURE_ALGORITHM, EcKeys.provider());
            verifier.initVerify(publicKey);
            verifier.update(message);
            if (verifier.verify(signature)) {
                return CheckResult.pass(SIG_VERIFY, "the ECDSA P-256 signature verifies with the signer's public key: "
                        + "only the holder of the matching private key signed this text");
            }
            return CheckResult.fail(SIG_VERIFY, "the ECDSA P-256 signature does not verify with the signer's public "
                    + "key: the text was changed, or it was signed with another private key");
        } catch (SignatureException e) {
            return CheckResult.fail(SIG_VERIFY, "the signature is not a well-formed ECDSA signature: " + e.getMessage());
        } catch (InvalidKeyException e) {
            return CheckResult.fail(SIG_VERIFY, "the verification key is not an EC public key: " + e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA256withECDSA is unavailable: " + e.getMessage(), e);
        }
    }

    /** Lower-case hex of {@code bytes}. */
    public static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    /** The first 8 bytes in hex followed by an ellipsis, for captions and reasons. */
    public static String shortHex(byte[] bytes) {
        String full = hex(bytes);
        return full.length() <= 16 ? full : full.substring(0, 16) + "…";
    }
}
