package dev.trustflow.app.inspector;

import dev.trustflow.sim.check.CheckExplanations;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of one request around the player's cursor, read from the trace's causes (trace format 2,
 * docs/ARCHITECTURE.md): every check whose {@code cause} is the same request hop.
 * <ul>
 *   <li>cursor on a check: the checks that guard the same request;</li>
 *   <li>cursor on an {@code http.request}: the checks it met where it arrived;</li>
 *   <li>cursor on an {@code http.response}: the checks of the request it answers (following a relayed response
 *       back to the first one, and a refusal to the check that refused);</li>
 *   <li>anything else: no checks.</li>
 * </ul>
 */
final class CheckRun {

    private CheckRun() {
    }

    static List<CheckRow> around(List<TraceEvent> events, int cursor, CheckExplanations explanations) {
        if (cursor < 0 || cursor >= events.size()) {
            return List.of();
        }
        Integer guarded = guardedRequest(events, cursor);
        List<CheckRow> rows = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            TraceEvent check = events.get(i);
            boolean member = guarded == null ? i == cursor && check.isCheck()
                    : check.isCheck() && guarded.equals(check.cause());
            if (member) {
                String id = check.check().orElse("(unnamed check)");
                rows.add(new CheckRow(id, EventKinds.CHECK_PASS.equals(check.kind()), check.text("reason").orElse(""),
                        i == cursor, i > cursor, explanations.find(id).orElse(null)));
            }
        }
        return rows;
    }

    /** The seq of the request whose checks to show, or null when the cursor's event names none. */
    private static Integer guardedRequest(List<TraceEvent> events, int cursor) {
        TraceEvent at = events.get(cursor);
        if (at.isCheck()) {
            return at.cause();
        }
        if (EventKinds.HTTP_REQUEST.equals(at.kind())) {
            return cursor;
        }
        if (EventKinds.HTTP_RESPONSE.equals(at.kind())) {
            Integer cause = at.cause();
            while (cause != null && EventKinds.HTTP_RESPONSE.equals(events.get(cause).kind())) {
                cause = events.get(cause).cause();
            }
            if (cause == null) {
                return null;
            }
            TraceEvent answered = events.get(cause);
            return answered.isCheck() ? answered.cause() : cause;
        }
        return null;
    }
}
