package dev.trustflow.sim.vault;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.crypto.AesGcm;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.SecretKey;

/**
 * AES-256-GCM over one record with its own data key (JCA {@code AES/GCM/NoPadding}, 12-byte nonce, 128-bit tag,
 * the record id as associated data). Opening records the {@code aead.tag} check: GCM's tag verifies, or the
 * JDK throws {@link AEADBadTagException}.
 */
public final class EnvelopeCipher {

    /** The check id of opening a record. */
    public static final String TAG = AesGcm.TAG_CHECK;

    /** What opening a record gave: the check, and the plaintext when it passed. */
    public record Opened(CheckResult check, Optional<String> plaintext) {
    }

    private EnvelopeCipher() {
    }

    /** A fresh AES-256 key from {@code random}. */
    public static SecretKey newKey(SecureRandom random) {
        return AesGcm.newKey(random);
    }

    /** Encrypts {@code plaintext} as record {@code id} under {@code dataKey}. */
    public static SealedRecord seal(String id, String plaintext, SecretKey dataKey, SecureRandom random) {
        byte[] nonce = AesGcm.newNonce(random);
        return new SealedRecord(id, nonce, AesGcm.seal(dataKey, nonce, plaintext.getBytes(StandardCharsets.UTF_8),
                id.getBytes(StandardCharsets.UTF_8)));
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
            byte[] plaintext = AesGcm.open(key, record.nonce(), record.ciphertext(),
                    record.id().getBytes(StandardCharsets.UTF_8));
            return Optional.of(new String(plaintext, StandardCharsets.UTF_8));
        } catch (AEADBadTagException e) {
            return Optional.empty();
        }
    }
}
