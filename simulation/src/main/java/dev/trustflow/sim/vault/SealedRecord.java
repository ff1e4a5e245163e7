package dev.trustflow.sim.vault;

import java.util.Base64;
import java.util.Objects;

/**
 * One database row encrypted with its own data key: AES-256-GCM, a 12-byte nonce, the record id as associated
 * data (a ciphertext moved to another row fails its tag). The row holds no key; the vault's {@link DataKeyTable}
 * holds the record's data key, wrapped.
 *
 * @param id         the record id
 * @param nonce      the GCM nonce
 * @param ciphertext the ciphertext with its 16-byte tag
 */
public record SealedRecord(String id, byte[] nonce, byte[] ciphertext) {

    public SealedRecord {
        Objects.requireNonNull(id, "id");
        nonce = nonce.clone();
        ciphertext = ciphertext.clone();
    }

    @Override
    public byte[] nonce() {
        return nonce.clone();
    }

    @Override
    public byte[] ciphertext() {
        return ciphertext.clone();
    }

    /** The row as a table dump shows it: id, nonce and ciphertext in Base64. */
    public String row() {
        Base64.Encoder base64 = Base64.getEncoder();
        return id + " | " + base64.encodeToString(nonce) + " | " + base64.encodeToString(ciphertext);
    }
}
