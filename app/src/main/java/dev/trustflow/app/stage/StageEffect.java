package dev.trustflow.app.stage;

import java.util.Objects;

/** Something the stage draws for the current event. */
public sealed interface StageEffect
        permits StageEffect.Packet, StageEffect.Gate, StageEffect.ClockJump, StageEffect.Alarm {

    /** What a packet looks like. */
    enum PacketKind { ENVELOPE, KEY, LOCK, CERTIFICATE }

    /**
     * A message travelling from one actor to another.
     *
     * @param styleClass {@code packet-http-request}, {@code packet-http-response}..., for CSS
     * @param failed     an answer that refuses (HTTP status 400 or more)
     */
    record Packet(String from, String to, PacketKind kind, String label, String styleClass, boolean failed)
            implements StageEffect {
        public Packet {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(styleClass, "styleClass");
        }
    }

    /**
     * A check beside the actor that ran it, green or red, with its id. Its reason is not repeated here: the
     * caption under the stage says it in full, once (issue: the failing reason was on screen five times).
     */
    record Gate(String actor, String check, boolean passed) implements StageEffect {
    }

    /** Virtual time jumped ahead: {@code +20 min}. */
    record ClockJump(String text) implements StageEffect {
    }

    /** An actor was compromised or leaked data. */
    record Alarm(String actor, String label) implements StageEffect {
    }
}
