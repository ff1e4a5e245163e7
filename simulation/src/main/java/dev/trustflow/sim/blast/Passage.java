package dev.trustflow.sim.blast;

import java.util.Objects;

/**
 * One direction of a link that the world's rules let through: from {@code from} a message may reach {@code to}.
 *
 * @param from the sending actor
 * @param to   the receiving actor
 * @param rule the rule that allowed the hop into a segmented zone or through an allow-list, or null where no rule
 *             concerns the hop (an open zone)
 */
public record Passage(String from, String to, String rule) {
    public Passage {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** {@code from → to}, as a student reads it. */
    public String words() {
        return from + " \u2192 " + to;
    }
}
