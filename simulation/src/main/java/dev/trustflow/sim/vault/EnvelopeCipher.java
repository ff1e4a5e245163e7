package dev.trustflow.sim.vault;

import dev.trustflow.sim.check.CheckResult;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM over one record with its own data key (JCA {@code AES/GCM/NoPadding}, 12-byte nonce, 128-bit tag,
 * the record id as associated data). Opening records the {@code aead.tag} check: GCM's tag verifies, or the
 * JDK throws {@link AEADBadTagException}.
 */
public final class EnvelopeCipher {

    /** The check id of opening a record. */
    public static final String TAG = "aead.tag";
    private static final String GCM = "AES/GCM/NoPadding";
    private static final int TAG_BITS = 128;

    /** What opening a record gave: the check, and the plaintext when it passed. */
    public record Opened(CheckResult check, Optional<String> plaintext) {
    }

    private EnvelopeCipher() {
    }

    /** A fresh AES-256 key from {@code random}. */
    public static SecretKey newKey(SecureRandom random) {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, random);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES key generation is unavailable: " + e.getMessage(), e);
        }
    }

    /** Encrypts {@code plaintext} as record {@code id} under {@code dataKey}. */
    public static SealedRecord seal(String id, String plaintext, SecretKey dataKey, SecureRandom random) {
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(GCM);
            cipher.init(Cipher.ENCRYPT_MODE, dataKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(id.getBytes(StandardCharsets.UTF_8));
            return new SealedRecord(id, nonce, cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable: " + e.getMessage(), e);
        }
    }

    /** Decrypts {@code record} with {@code dataKey}. */
    public static Opened open(SealedRecord record, SecretKey dataKey) {
        Optional<String> plaintext = decrypt(record, dataKey);
        return plaintext.map(text -> new Opened(CheckResult.pass(TAG, "AES-256-GCM tag verifies: "
                        + record.id() + " opens with its data key"), plaintext))
                .orElseGet(() -> new Opened(CheckResult.fail(TAG, "AES-256-GCM tag check failed: this key "
                        + "did not encrypt " + record.id()), Optional.empty()));
    }

    /**
     * Tries every key in {@code candidates} on a record whose own data key is gone; GCM refuses each (unless one
     * of them was its key, which then opens it).
     */
    public static Opened openWithout(SealedRecord record, List<SecretKey> candidates) {
        for (SecretKey key : candidates) {
            Optional<String> plaintext = decrypt(record, key);
            if (plaintext.isPresent()) {
                return new Opened(CheckResult.pass(TAG, "AES-256-GCM tag verifies: one of the keys left "
                        + "opens " + record.id()), plaintext);
            }
        }
        return new Opened(CheckResult.fail(TAG, "AES-256-GCM tag check failed with each of the "
                + candidates.size() + " keys the vault still holds: " + record.id() + "'s data key is gone"),
                Optional.empty());
    }

    private static Optional<String> decrypt(SealedRecord record, SecretKey key) {
        try {
            Cipher cipher = Cipher.getInstance(GCM);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, record.nonce()));
            cipher.updateAAD(record.id().getBytes(StandardCharsets.UTF_8));
            return Optional.of(new String(cipher.doFinal(record.ciphertext()), StandardCharsets.UTF_8));
        } catch (AEADBadTagException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable: " + e.getMessage(), e);
        }
    }
}
