package dev.trustflow.sim.world;

import java.util.Objects;

/**
 * An undirected link between two actors; messages in both directions travel along it.
 *
 * @param from       one end
 * @param to         the other end
 * @param channel    what kind of path it is (front channel, back channel, attack path, out of band)
 * @param protection what protects the bytes on it (null in a format-1 trace: plain)
 * @param latencyMs  how long one message takes to cross it, in virtual milliseconds (0 in a format-1 trace)
 */
public record Link(String from, String to, Channel channel, Protection protection, int latencyMs) {

    /** The latency of a link that does not say: one message, 40 virtual milliseconds. */
    public static final int DEFAULT_LATENCY_MS = 40;

    public Link {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(channel, "channel");
        protection = protection == null ? Protection.PLAIN : protection;
        latencyMs = Math.max(0, latencyMs);
    }

    public Link(String from, String to, Channel channel) {
        this(from, to, channel, Protection.PLAIN, DEFAULT_LATENCY_MS);
    }

    public boolean joins(String a, String b) {
        return (from.equals(a) && to.equals(b)) || (from.equals(b) && to.equals(a));
    }

    /** The end that is not {@code end}. */
    public String other(String end) {
        return from.equals(end) ? to : from;
    }
}
