package dev.trustflow.sim.scenarios.layers;

import java.security.PrivateKey;
import java.util.List;
import javax.crypto.AEADBadTagException;
import javax.crypto.SecretKey;

/**
 * Tries to open a copy with the keys its holder has, layer by layer from the outside in, exactly as the holder
 * could: every open is the real library call, and the attempt stops at the first layer that no held key opens.
 * TLS records open only inside the connection's endpoints, whose copies are already past TLS, so a holder of TLS
 * records has no key for them.
 */
final class Reader {

    private final String rowId;

    /** @param rowId the stored row's id, the associated data of its at-rest encryption */
    Reader(String rowId) {
        this.rowId = rowId;
    }

    Reading read(Copy copy, List<HeldKey> keys) {
        byte[] bytes = copy.bytes();
        for (Layer layer : copy.layers()) {
            Attempt attempt = switch (layer) {
                case TLS -> Attempt.stopped("no TLS traffic key: only the two endpoints of the connection derived"
                        + " it, in their handshake", null);
                case AT_REST -> openAtRest(bytes, keys);
                case E2E -> openEndToEnd(bytes, keys);
            };
            if (attempt.bytes() == null) {
                return new Reading(copy.point(), bytes, layer, attempt.reason(), attempt.exception());
            }
            bytes = attempt.bytes();
        }
        String opened = copy.layers().isEmpty() ? "the bytes are the message itself"
                : "opened " + String.join(", then ", copy.layers().stream().map(Layer::label).toList());
        return new Reading(copy.point(), bytes, null, opened, null);
    }

    private Attempt openAtRest(byte[] stored, List<HeldKey> keys) {
        List<HeldKey> aes = keys.stream().filter(k -> k.key() instanceof SecretKey).toList();
        if (aes.isEmpty()) {
            return Attempt.stopped("no database key: the row is AES-256-GCM ciphertext and the key is not here",
                    null);
        }
        StringBuilder tried = new StringBuilder();
        for (HeldKey key : aes) {
            try {
                return Attempt.opened(AtRest.open((SecretKey) key.key(), rowId, stored));
            } catch (AEADBadTagException e) {
                tried.append(tried.isEmpty() ? "" : "; ").append("with ").append(key.name())
                        .append(" the GCM tag check fails (").append(failure(e)).append(')');
            }
        }
        return Attempt.stopped("the row does not open: " + tried, AEADBadTagException.class);
    }

    private static Attempt openEndToEnd(byte[] envelope, List<HeldKey> keys) {
        List<HeldKey> privateKeys = keys.stream().filter(k -> k.key() instanceof PrivateKey).toList();
        if (privateKeys.isEmpty()) {
            return Attempt.stopped("no private key at all: only Bob's private key opens the end-to-end envelope",
                    null);
        }
        StringBuilder tried = new StringBuilder();
        for (HeldKey key : privateKeys) {
            try {
                return Attempt.opened(EndToEnd.open((PrivateKey) key.key(), envelope));
            } catch (AEADBadTagException e) {
                tried.append(tried.isEmpty() ? "" : "; ").append("with ").append(key.name())
                        .append(", ECDH derives another AES key and the GCM tag check fails (").append(failure(e))
                        .append(')');
            }
        }
        return Attempt.stopped("the end-to-end envelope does not open: " + tried, AEADBadTagException.class);
    }

    private static String failure(Exception e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /** One layer's outcome: the bytes inside it, or why it stayed shut. */
    private record Attempt(byte[] bytes, String reason, String exception) {

        static Attempt opened(byte[] bytes) {
            return new Attempt(bytes, "", null);
        }

        static Attempt stopped(String reason, Class<? extends Exception> exception) {
            return new Attempt(null, reason, exception == null ? null : exception.getSimpleName());
        }
    }
}
