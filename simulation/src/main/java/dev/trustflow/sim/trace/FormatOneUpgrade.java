package dev.trustflow.sim.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@code trustflow-trace/1} trace as format 2. Format 1 recorded no causes, so they are inferred the
 * way the app used to guess them from order: a response answers the latest unanswered request between the same
 * two actors in the other direction; a check guards the latest request that reached its actor; an alert follows
 * its actor's latest check. Requests and their checks and responses share a flow. Traces written in format 2
 * never go through here: their causes are what the engine recorded.
 */
final class FormatOneUpgrade {

    private FormatOneUpgrade() {
    }

    static Trace upgrade(Trace old) {
        List<TraceEvent> events = old.events();
        List<TraceEvent> out = new ArrayList<>(events.size());
        Integer[] flowOf = new Integer[events.size()];
        boolean[] answered = new boolean[events.size()];
        int flows = 0;
        for (int i = 0; i < events.size(); i++) {
            TraceEvent e = events.get(i);
            Integer cause = null;
            Integer flow = null;
            switch (e.kind()) {
                case EventKinds.HTTP_REQUEST -> flow = flows++;
                case EventKinds.HTTP_RESPONSE -> {
                    cause = latestRequest(events, answered, i, e.target(), e.actor());
                    if (cause != null) {
                        answered[cause] = true;
                    }
                }
                case EventKinds.CHECK_PASS, EventKinds.CHECK_FAIL -> cause = latestRequest(events, answered, i, null,
                        e.actor());
                case EventKinds.ALERT_RAISED -> cause = latestCheckBy(events, i, e.actor());
                default -> {
                }
            }
            if (cause != null && flow == null) {
                flow = flowOf[cause];
            }
            flowOf[i] = flow;
            out.add(e.withLinks(cause, flow));
        }
        return new Trace(Trace.FORMAT, old.scenario(), old.title(), old.seed(), old.options(), old.topology(), List.of(),
                out, old.summary());
    }

    private static Integer latestRequest(List<TraceEvent> events, boolean[] answered, int before, String from,
                                         String to) {
        for (int j = before - 1; j >= 0; j--) {
            TraceEvent r = events.get(j);
            if (EventKinds.HTTP_REQUEST.equals(r.kind()) && !answered[j] && to.equals(r.target())
                    && (from == null || from.equals(r.actor()))) {
                return j;
            }
        }
        return null;
    }

    private static Integer latestCheckBy(List<TraceEvent> events, int before, String actor) {
        for (int j = before - 1; j >= 0; j--) {
            if (events.get(j).isCheck() && events.get(j).actor().equals(actor)) {
                return j;
            }
        }
        return null;
    }
}
