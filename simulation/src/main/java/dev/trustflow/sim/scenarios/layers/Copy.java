package dev.trustflow.sim.scenarios.layers;

import java.util.List;
import java.util.Objects;

/**
 * The bytes someone holds at a point, with the layers still around the message in them, outermost first (the
 * holder knows the format of what it holds, not its keys).
 *
 * @param point  where the copy was taken
 * @param bytes  the bytes as held
 * @param layers the layers around the message, outermost first; empty when the bytes are the message
 */
record Copy(Point point, byte[] bytes, List<Layer> layers) {

    Copy {
        Objects.requireNonNull(point, "point");
        bytes = bytes.clone();
        layers = List.copyOf(layers);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
