package dev.trustflow.sim.scenarios.layers;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * What one real decryption attempt produced: the bytes it got to, and, when it stopped, the layer that stopped it
 * and why (the library's exception, or no key for that layer).
 *
 * @param point     whose copy was read
 * @param bytes     the innermost bytes reached: the message when nothing stopped the attempt
 * @param stoppedAt the layer that could not be opened, or null when every layer was
 * @param reason    what happened, in plain words
 * @param exception the simple name of the library exception that stopped it, or null (no key, or no failure)
 */
record Reading(Point point, byte[] bytes, Layer stoppedAt, String reason, String exception) {

    Reading {
        Objects.requireNonNull(point, "point");
        bytes = bytes.clone();
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Whether every layer was opened. */
    boolean opened() {
        return stoppedAt == null;
    }

    /** Whether the attempt really produced {@code message}, byte for byte. */
    boolean produced(String message) {
        return opened() && Arrays.equals(bytes, message.getBytes(StandardCharsets.UTF_8));
    }

    Optional<String> text() {
        return opened() ? Optional.of(new String(bytes, StandardCharsets.UTF_8)) : Optional.empty();
    }
}
