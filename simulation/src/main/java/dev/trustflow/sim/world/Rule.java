package dev.trustflow.sim.world;

import java.util.Objects;
import java.util.Set;

/**
 * An allow rule of the world, enforced on each hop (docs/ARCHITECTURE.md, "The world"). Two shapes:
 * <ul>
 *   <li>a <b>segmentation</b> rule lets hops from {@code fromZone} ({@code *}: any zone) into the segmented zone
 *       {@code toZone} (optionally only to the actor {@code toActor});</li>
 *   <li>an <b>allow-list</b> rule names the only {@code callers} that may send to {@code toActor}; once an actor
 *       has an allow-list, a caller not on any of its lists is refused.</li>
 * </ul>
 *
 * @param id          stable id the trace names when the rule decides a hop ({@code fw.dmz-to-internal})
 * @param description one sentence for a person
 * @param fromZone    segmentation: the source zone or {@code *}; null for an allow-list
 * @param toZone      segmentation: the segmented zone; null for an allow-list
 * @param toActor     the one actor the rule is about, or null for the whole zone
 * @param callers     allow-list: the actor ids allowed to call {@code toActor}; empty for segmentation
 */
public record Rule(String id, String description, String fromZone, String toZone, String toActor,
                   Set<String> callers) {

    public static final String ANY_ZONE = "*";

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        callers = callers == null ? Set.of() : Set.copyOf(callers);
    }

    /** Hops from {@code fromZone} (or {@link #ANY_ZONE}) into the segmented zone {@code toZone} are allowed. */
    public static Rule segment(String id, String fromZone, String toZone, String description) {
        return new Rule(id, description, fromZone, toZone, null, Set.of());
    }

    /** Only {@code callers} may send to {@code toActor}. */
    public static Rule allowList(String id, String toActor, Set<String> callers, String description) {
        return new Rule(id, description, null, null, toActor, callers);
    }

    public boolean isAllowList() {
        return !callers.isEmpty();
    }
}
