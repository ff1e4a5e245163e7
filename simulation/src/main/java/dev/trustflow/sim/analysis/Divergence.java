package dev.trustflow.sim.analysis;

import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import java.util.List;
import java.util.Objects;

/**
 * Where two runs of a scenario part ways. Events are compared index by index on their {@link EventKey}
 * (kind, actor, target, check, passed, status); {@code firstIndex} is the first index where they differ,
 * including where one run has ended and the other goes on, or -1 when the runs did the same things.
 * {@code steps} lines the two runs up (see {@link Alignment}) so that two stages can step together; its
 * first step that is not {@code same} is step {@code firstIndex}.
 *
 * @param firstIndex  the first differing event index, or -1
 * @param description {@code left: check.pass pkce.verifier / right: check.fail pkce.verifier}, or
 *                    {@code no difference} when firstIndex is -1
 * @param steps       the aligned steps, in order
 */
public record Divergence(int firstIndex, String description, List<AlignedStep> steps) {

    public static final String NONE = "no difference";
    static final String ENDED = "end of run";

    public Divergence {
        Objects.requireNonNull(description, "description");
        steps = List.copyOf(steps);
    }

    public static Divergence between(Trace left, Trace right) {
        return between(left.events(), right.events());
    }

    public static Divergence between(List<TraceEvent> left, List<TraceEvent> right) {
        List<EventKey> leftKeys = left.stream().map(EventKey::of).toList();
        List<EventKey> rightKeys = right.stream().map(EventKey::of).toList();
        int first = -1;
        for (int i = 0; i < Math.max(leftKeys.size(), rightKeys.size()); i++) {
            if (i >= leftKeys.size() || i >= rightKeys.size() || !leftKeys.get(i).equals(rightKeys.get(i))) {
                first = i;
                break;
            }
        }
        String description = first < 0 ? NONE
                : "left: " + describe(leftKeys, first) + " / right: " + describe(rightKeys, first);
        return new Divergence(first, description, Alignment.align(leftKeys, rightKeys));
    }

    private static String describe(List<EventKey> keys, int index) {
        return index < keys.size() ? keys.get(index).describe() : ENDED;
    }

    public boolean identical() {
        return firstIndex < 0;
    }

    /** How many aligned steps differ (changed, or on one side only). */
    public long differences() {
        return steps.stream().filter(s -> !s.same()).count();
    }

    /** The left event shown at aligned step {@code step}: its own, or the last one before it; -1 before any. */
    public int leftAt(int step) {
        for (int k = Math.min(step, steps.size() - 1); k >= 0; k--) {
            if (steps.get(k).left() >= 0) {
                return steps.get(k).left();
            }
        }
        return -1;
    }

    /** The right event shown at aligned step {@code step}: its own, or the last one before it; -1 before any. */
    public int rightAt(int step) {
        for (int k = Math.min(step, steps.size() - 1); k >= 0; k--) {
            if (steps.get(k).right() >= 0) {
                return steps.get(k).right();
            }
        }
        return -1;
    }
}
