package dev.trustflow.app.player;

import dev.trustflow.sim.analysis.EventKey;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;

/**
 * Finds where to put the cursor in a re-run trace so that the screen stays "at the same step": the event
 * nearest the old position that has the same role (same actor, target and kind; for checks the same check
 * id, whether it passed or failed). Without such an event, the same index, clamped.
 */
public final class CursorMatcher {

    private CursorMatcher() {
    }

    public static int match(Trace before, int cursor, Trace after) {
        if (after.size() == 0 || cursor < 0) {
            return -1;
        }
        int clamped = Math.min(cursor, after.size() - 1);
        if (before == null || cursor >= before.size()) {
            return clamped;
        }
        String role = role(before.event(cursor));
        int best = -1;
        for (int i = 0; i < after.size(); i++) {
            if (role.equals(role(after.event(i))) && (best < 0 || Math.abs(i - cursor) < Math.abs(best - cursor))) {
                best = i;
            }
        }
        return best >= 0 ? best : clamped;
    }

    /** What an event does, regardless of its outcome (the same rule the comparison uses: {@link EventKey#role()}). */
    static String role(TraceEvent e) {
        return EventKey.of(e).role();
    }
}
