package dev.trustflow.sim.present;

import dev.trustflow.sim.trace.PhaseStart;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The titled phases of a trace, the same in every view. A phase starts
 * <ul>
 *   <li>where the scenario declared one ({@code Simulation.phase}, the trace's {@code phases});</li>
 *   <li>at every clock jump, titled by how far it goes ({@link Durations#later}: "31 days later") unless a declared
 *       phase starts there; a jump directly followed by a declared phase belongs to that phase (the scenario
 *       declared it just after jumping);</li>
 *   <li>at the first event: titled {@value #START} when nothing else starts there.</li>
 * </ul>
 * Each phase runs until the next one starts, so the phases cover every event once, in order. A trace without
 * declared phases (format 1, or written before phases existed) is divided by its clock jumps alone.
 */
public final class Phases {

    /** The title of the run's first phase when the scenario did not name it. */
    public static final String START = "Start";

    private Phases() {
    }

    public static List<Phase> of(Trace trace) {
        if (trace.size() == 0) {
            return List.of();
        }
        TreeMap<Integer, Phase> starts = new TreeMap<>();
        for (PhaseStart p : trace.phases()) {
            boolean afterJump = p.seq() > 0 && EventText.isJump(trace.event(p.seq() - 1))
                    && !starts.containsKey(p.seq() - 1);
            int seq = afterJump ? p.seq() - 1 : p.seq();
            starts.put(seq, new Phase(p.title(), seq, seq, true));
        }
        for (TraceEvent e : trace.events()) {
            if (EventText.isJump(e)) {
                starts.putIfAbsent(e.seq(), new Phase(jumpTitle(e), e.seq(), e.seq(), false));
            }
        }
        starts.putIfAbsent(0, new Phase(START, 0, 0, false));
        List<Phase> out = new ArrayList<>(starts.size());
        List<Phase> begun = new ArrayList<>(starts.values());
        for (int i = 0; i < begun.size(); i++) {
            Phase p = begun.get(i);
            int last = i + 1 < begun.size() ? begun.get(i + 1).first() - 1 : trace.size() - 1;
            out.add(new Phase(p.title(), p.first(), last, p.declared()));
        }
        return List.copyOf(out);
    }

    /** The index in {@code phases} of the phase holding event {@code seq}, or -1 (before the first event). */
    public static int indexOf(List<Phase> phases, int seq) {
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).contains(seq)) {
                return i;
            }
        }
        return -1;
    }

    private static String jumpTitle(TraceEvent jump) {
        try {
            return jump.text("by").map(by -> Durations.later(Duration.parse(by))).orElse("Later");
        } catch (DateTimeParseException e) {
            return "Later";
        }
    }
}
