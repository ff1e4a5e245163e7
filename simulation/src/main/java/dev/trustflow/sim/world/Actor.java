package dev.trustflow.sim.world;

import java.util.Objects;

/**
 * A participant in a scenario.
 *
 * @param id    stable, lower-case id used in trace events ({@code alice-browser})
 * @param label what the screen shows ({@code Alice's browser})
 * @param kind  what it is
 * @param zone  the network zone it sits in ({@code internet}, {@code dmz}, {@code internal})
 */
public record Actor(String id, String label, ActorKind kind, String zone) {
    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(zone, "zone");
    }
}
