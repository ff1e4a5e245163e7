package dev.trustflow.sim.world;

import java.util.Objects;

/**
 * A network zone ({@code internet}, {@code dmz}, {@code internal}). Into a <em>segmented</em> zone, a hop from
 * another zone is delivered only if a {@link Rule} allows it; an open zone takes every hop its links carry.
 *
 * @param id        stable lower-case id, used as {@link Actor#zone()}
 * @param label     what the screen shows
 * @param segmented whether entering it from another zone needs an allow rule
 */
public record Zone(String id, String label, boolean segmented) {
    public Zone {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }
}
