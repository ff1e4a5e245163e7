package dev.trustflow.app.timeline;

import dev.trustflow.sim.present.Phase;
import dev.trustflow.sim.present.Phases;
import dev.trustflow.sim.trace.Trace;
import java.util.ArrayList;
import java.util.List;

/**
 * The timeline's groups for a trace: its {@link Phases}, each weighted by its events plus a floor of
 * {@value #FLOOR_SHARE} of an even share, so that a three-event phase among 150 events still gets a readable
 * slice and the strip never needs more than its width.
 */
final class PhaseGroups {

    /** The part of an even share every phase gets whatever its size. */
    static final double FLOOR_SHARE = 1.0;

    private PhaseGroups() {
    }

    static List<PhaseGroup> of(Trace trace) {
        List<Phase> phases = Phases.of(trace);
        double floor = phases.isEmpty() ? 0 : FLOOR_SHARE * trace.size() / phases.size();
        List<PhaseGroup> groups = new ArrayList<>(phases.size());
        for (int i = 0; i < phases.size(); i++) {
            Phase p = phases.get(i);
            List<EventMarker> markers = trace.events().subList(p.first(), p.last() + 1).stream()
                    .map(EventMarker::of).toList();
            String steps = p.size() == 1 ? "step " + (p.first() + 1) : "steps " + (p.first() + 1) + "–" + (p.last() + 1);
            groups.add(new PhaseGroup(p.title(), "Phase " + (i + 1) + " of " + phases.size() + " · " + p.title()
                    + " · " + steps, p.first(), p.last(), p.size() + floor, markers));
        }
        return List.copyOf(groups);
    }
}
