package dev.trustflow.sim.world;

import java.util.Objects;

/** An undirected link between two actors; messages in both directions travel along it. */
public record Link(String from, String to, Channel channel) {
    public Link {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(channel, "channel");
    }

    public boolean joins(String a, String b) {
        return (from.equals(a) && to.equals(b)) || (from.equals(b) && to.equals(a));
    }
}
