package dev.trustflow.sim.vault;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;

/**
 * The vault's key-encryption keys (AES-256), which never leave it: the newest wraps new data keys, every older one
 * is kept to unwrap what it wrapped. Rotation adds a KEK and re-encrypts no data. Wrapping is the JDK's
 * {@code AES/KWP/NoPadding} (RFC 5649).
 */
public final class KeyEncryptionKeys {

    private static final String WRAP = "AES/KWP/NoPadding";

    private final SecureRandom random;
    private final Map<String, SecretKey> ring = new LinkedHashMap<>();
    private String current;

    public KeyEncryptionKeys(SecureRandom random) {
        this.random = random;
        rotate();
    }

    /** Adds a fresh KEK and makes it the one that wraps from now on; returns its id. */
    public String rotate() {
        current = "kek-" + (ring.size() + 1);
        ring.put(current, EnvelopeCipher.newKey(random));
        return current;
    }

    public String currentId() {
        return current;
    }

    public List<String> ids() {
        return List.copyOf(ring.keySet());
    }

    /** Wraps {@code dataKey} with the current KEK. */
    public WrappedKey wrap(SecretKey dataKey) {
        try {
            Cipher cipher = Cipher.getInstance(WRAP);
            cipher.init(Cipher.WRAP_MODE, ring.get(current));
            return new WrappedKey(current, cipher.wrap(dataKey));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES key wrap is unavailable: " + e.getMessage(), e);
        }
    }

    /**
     * Unwraps with the KEK the wrapped key names; empty when the ring has no KEK of that id or the KEK's
     * integrity check (RFC 5649's alternative IV) refuses the bytes.
     */
    public Optional<SecretKey> unwrap(WrappedKey wrapped) {
        SecretKey kek = ring.get(wrapped.kekId());
        if (kek == null) {
            return Optional.empty();
        }
        try {
            Cipher cipher = Cipher.getInstance(WRAP);
            cipher.init(Cipher.UNWRAP_MODE, kek);
            Key key = cipher.unwrap(wrapped.bytes(), "AES", Cipher.SECRET_KEY);
            return Optional.of((SecretKey) key);
        } catch (InvalidKeyException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES key unwrap is unavailable: " + e.getMessage(), e);
        }
    }

    /** Every KEK of the ring, oldest first (to show that none of them opens a shredded record). */
    List<SecretKey> all() {
        return List.copyOf(ring.values());
    }
}
