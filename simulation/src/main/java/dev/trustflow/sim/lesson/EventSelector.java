package dev.trustflow.sim.lesson;

import dev.trustflow.sim.trace.TraceEvent;
import java.util.Objects;

/**
 * Picks events of a trace; every field that is set must match, unset (null) fields match anything.
 * Narration uses it so that a cue follows its event when a what-if shifts sequence numbers.
 */
public record EventSelector(String kind, String actor, String target, String check, Integer status, Integer step) {

    public boolean matches(TraceEvent e) {
        return (kind == null || kind.equals(e.kind()))
                && (actor == null || actor.equals(e.actor()))
                && (target == null || target.equals(e.target()))
                && (check == null || e.check().map(check::equals).orElse(false))
                && (status == null || e.status().map(status::equals).orElse(false))
                && (step == null || step == e.seq());
    }

    public boolean isEmpty() {
        return kind == null && actor == null && target == null && check == null && status == null
                && step == null;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("{");
        append(s, "kind", kind);
        append(s, "actor", actor);
        append(s, "target", target);
        append(s, "check", check);
        append(s, "status", status);
        append(s, "step", step);
        return s.append('}').toString();
    }

    private static void append(StringBuilder s, String key, Object value) {
        if (!Objects.isNull(value)) {
            s.append(s.length() > 1 ? ", " : "").append(key).append(": ").append(value);
        }
    }
}
