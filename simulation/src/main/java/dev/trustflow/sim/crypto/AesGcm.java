package dev.trustflow.sim.crypto;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-GCM from JCA ({@code AES/GCM/NoPadding}), the one authenticated cipher of the lessons (1, 18, 19): AES-256
 * keys, 12-byte nonces (the size NIST SP 800-38D recommends), a 128-bit tag, optional associated data. Opening
 * with the wrong key, or bytes changed after sealing, fails in the JDK with {@link AEADBadTagException}, which
 * callers turn into their {@code aead.tag} check; no plaintext is released then.
 */
public final class AesGcm {

    /** The check id of every GCM open in the lessons: the tag verified, or the JDK refused the bytes. */
    public static final String TAG_CHECK = "aead.tag";
    /** GCM's nonce length in bytes. */
    public static final int NONCE_BYTES = 12;
    /** GCM's tag length in bits. */
    public static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final byte[] NO_AAD = new byte[0];

    private AesGcm() {
    }

    /** A fresh AES-256 key drawn from {@code random}. */
    public static SecretKey newKey(SecureRandom random) {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, random);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has AES: " + e.getMessage(), e);
        }
    }

    /** A fresh nonce drawn from {@code random}. */
    public static byte[] newNonce(SecureRandom random) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        return nonce;
    }

    /** The ciphertext of {@code plaintext} followed by its tag, as the JDK returns it, bound to {@code aad}. */
    public static byte[] seal(SecretKey key, byte[] nonce, byte[] plaintext, byte[] aad) {
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, nonce, aad);
            return cipher.doFinal(plaintext);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(TRANSFORMATION + " failed: " + e.getMessage(), e);
        }
    }

    /** {@link #seal(SecretKey, byte[], byte[], byte[])} without associated data. */
    public static byte[] seal(SecretKey key, byte[] nonce, byte[] plaintext) {
        return seal(key, nonce, plaintext, NO_AAD);
    }

    /**
     * The plaintext of {@code sealed} (ciphertext and tag): the JDK recomputes the tag first.
     *
     * @throws AEADBadTagException when the key, nonce, associated data or bytes are not the ones sealed
     */
    public static byte[] open(SecretKey key, byte[] nonce, byte[] sealed, byte[] aad) throws AEADBadTagException {
        try {
            return cipher(Cipher.DECRYPT_MODE, key, nonce, aad).doFinal(sealed);
        } catch (AEADBadTagException e) {
            throw e;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(TRANSFORMATION + " failed: " + e.getMessage(), e);
        }
    }

    /** {@link #open(SecretKey, byte[], byte[], byte[])} without associated data. */
    public static byte[] open(SecretKey key, byte[] nonce, byte[] sealed) throws AEADBadTagException {
        return open(key, nonce, sealed, NO_AAD);
    }

    /** nonce || ciphertext-and-tag of {@code plaintext} under a fresh nonce, for storage in one piece. */
    public static byte[] sealWithNonce(SecretKey key, byte[] plaintext, byte[] aad, SecureRandom random) {
        byte[] nonce = newNonce(random);
        byte[] sealed = seal(key, nonce, plaintext, aad);
        return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
    }

    /** The plaintext of what {@link #sealWithNonce} returned. */
    public static byte[] openWithNonce(SecretKey key, byte[] stored, byte[] aad) throws AEADBadTagException {
        if (stored.length < NONCE_BYTES) {
            throw new AEADBadTagException("too short for an AES-GCM nonce and tag");
        }
        return open(key, Arrays.copyOfRange(stored, 0, NONCE_BYTES),
                Arrays.copyOfRange(stored, NONCE_BYTES, stored.length), aad);
    }

    private static Cipher cipher(int mode, SecretKey key, byte[] nonce, byte[] aad) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(aad);
        return cipher;
    }
}
