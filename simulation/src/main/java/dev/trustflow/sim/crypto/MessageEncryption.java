package dev.trustflow.sim.crypto;

import dev.trustflow.sim.check.CheckResult;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.IvParameterSpec;

/**
 * The two ways to encrypt a message that lesson 1 contrasts, each a thin JCA call: AES-CTR (confidentiality
 * only: a flipped ciphertext bit flips the same plaintext bit, and decryption cannot notice) and AES-GCM
 * (authenticated encryption: the JDK checks a 128-bit tag before it releases any plaintext). Opening a GCM
 * message reports a {@link CheckResult} with the stable id {@link #AEAD_TAG}, failing exactly when the JDK
 * throws {@link AEADBadTagException}. Keys and nonces come from the caller's {@link SecureRandom}.
 */
public final class MessageEncryption {

    public static final String AEAD_TAG = AesGcm.TAG_CHECK;
    /** GCM's nonce: 96 bits, the size NIST SP 800-38D recommends. */
    public static final int GCM_NONCE_BYTES = AesGcm.NONCE_BYTES;
    /** CTR's initial counter block: one AES block. */
    public static final int CTR_IV_BYTES = 16;
    public static final int GCM_TAG_BITS = AesGcm.TAG_BITS;

    private static final String CTR = "AES/CTR/NoPadding";

    private MessageEncryption() {
    }

    /**
     * What opening an AES-GCM message gave: the tag check and, only when it passed, the plaintext.
     *
     * @param check     {@link #AEAD_TAG}, passed or failed with the JDK's reason
     * @param plaintext the decrypted bytes; empty when the tag did not verify (GCM releases nothing then)
     */
    public record Opened(CheckResult check, Optional<byte[]> plaintext) {
    }

    /** A fresh AES-256 key drawn from {@code random}. */
    public static SecretKey newAesKey(SecureRandom random) {
        return AesGcm.newKey(random);
    }

    /** {@code size} random bytes from {@code random}: a nonce or an initial counter block. */
    public static byte[] nonce(SecureRandom random, int size) {
        byte[] nonce = new byte[size];
        random.nextBytes(nonce);
        return nonce;
    }

    /** AES-CTR encryption of {@code plaintext} under {@code key} from counter block {@code iv}: no tag. */
    public static byte[] ctrEncrypt(SecretKey key, byte[] iv, byte[] plaintext) {
        return ctr(Cipher.ENCRYPT_MODE, key, iv, plaintext);
    }

    /**
     * AES-CTR decryption. It cannot fail on changed bytes: whatever ciphertext comes in, some plaintext comes
     * out, each flipped ciphertext bit flipping the plaintext bit at the same position.
     */
    public static byte[] ctrDecrypt(SecretKey key, byte[] iv, byte[] ciphertext) {
        return ctr(Cipher.DECRYPT_MODE, key, iv, ciphertext);
    }

    private static byte[] ctr(int mode, SecretKey key, byte[] iv, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance(CTR);
            cipher.init(mode, key, new IvParameterSpec(iv));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(CTR + " failed: " + e.getMessage(), e);
        }
    }

    /** AES-GCM encryption: the ciphertext followed by its 16-byte tag, as the JDK returns it. */
    public static byte[] gcmSeal(SecretKey key, byte[] nonce, byte[] plaintext) {
        return AesGcm.seal(key, nonce, plaintext);
    }

    /**
     * AES-GCM decryption with the receiver's key: the JDK recomputes the tag over the ciphertext and compares
     * it with the one that came with it before it returns any plaintext. The reason names no bytes (keys and
     * nonces are random per run).
     */
    public static Opened gcmOpen(SecretKey key, byte[] nonce, byte[] sealed) {
        try {
            byte[] plaintext = AesGcm.open(key, nonce, sealed);
            return new Opened(CheckResult.pass(AEAD_TAG, "the AES-GCM tag recomputed with the shared key matches "
                    + "the one that came with the message: the ciphertext is exactly what a key holder sealed"),
                    Optional.of(plaintext));
        } catch (AEADBadTagException e) {
            return new Opened(CheckResult.fail(AEAD_TAG, "the JDK threw AEADBadTagException (\"" + e.getMessage()
                    + "\"): the AES-GCM tag does not match the ciphertext, so it was changed after it was sealed, "
                    + "and no plaintext is released"), Optional.empty());
        }
    }
}
