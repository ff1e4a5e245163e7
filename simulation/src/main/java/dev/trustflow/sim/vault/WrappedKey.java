package dev.trustflow.sim.vault;

import java.util.Base64;
import java.util.Objects;

/**
 * A data key wrapped (encrypted) by a key-encryption key with AES key wrap with padding (RFC 5649), and the id of
 * that KEK, so that a rotated ring still knows which of its KEKs opens it.
 *
 * @param kekId the id of the KEK that wrapped it ({@code kek-1})
 * @param bytes the wrapped key (40 bytes for a 256-bit data key)
 */
public record WrappedKey(String kekId, byte[] bytes) {

    public WrappedKey {
        Objects.requireNonNull(kekId, "kekId");
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** {@code kek-1:BASE64}, as a key table would store it. */
    public String text() {
        return kekId + ":" + Base64.getEncoder().encodeToString(bytes);
    }
}
