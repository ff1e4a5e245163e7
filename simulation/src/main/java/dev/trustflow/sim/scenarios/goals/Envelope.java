package dev.trustflow.sim.scenarios.goals;

import dev.trustflow.sim.crypto.MessageIntegrity;
import dev.trustflow.sim.trace.Artifact;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bytes that cross the network for one order: the nonce (empty for plain text), the body (the order, its
 * AES-CTR ciphertext, or its AES-GCM ciphertext followed by the tag) and, when Alice signs, her signature.
 */
record Envelope(byte[] nonce, byte[] body, Optional<byte[]> signature) {

    /** A copy whose body has {@code mask} XORed into the byte at {@code offset}; nonce and signature kept. */
    Envelope xorInto(int offset, byte mask) {
        byte[] changed = body.clone();
        changed[offset] ^= mask;
        return new Envelope(nonce, changed, signature);
    }

    /** The envelope as artifacts, each labelled with {@code bodyLabel} for the body ("ciphertext"). */
    List<Artifact> artifacts(String bodyLabel) {
        List<Artifact> artifacts = new ArrayList<>();
        if (nonce.length > 0) {
            artifacts.add(Artifact.text("nonce (hex)", MessageIntegrity.hex(nonce)));
        }
        artifacts.add(Artifact.text(bodyLabel + " (hex)", MessageIntegrity.hex(body)));
        signature.ifPresent(s -> artifacts.add(Artifact.text("Alice's signature (hex)", MessageIntegrity.hex(s))));
        return artifacts;
    }
}
