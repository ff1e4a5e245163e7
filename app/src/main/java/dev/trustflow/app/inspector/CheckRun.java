package dev.trustflow.app.inspector;

import dev.trustflow.sim.check.CheckExplanations;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the checks of one request around the player's cursor: the contiguous run of {@code check.pass} /
 * {@code check.fail} events by one actor.
 * <ul>
 *   <li>cursor on a check: the run that contains it;</li>
 *   <li>cursor on an {@code http.request}: the run its target performs next (before it does anything else);</li>
 *   <li>cursor on an {@code http.response}: the run its sender performed just before answering;</li>
 *   <li>anything else: no checks.</li>
 * </ul>
 */
final class CheckRun {

    private CheckRun() {
    }

    static List<CheckRow> around(List<TraceEvent> events, int cursor, CheckExplanations explanations) {
        int anchor = anchor(events, cursor);
        if (anchor < 0) {
            return List.of();
        }
        String actor = events.get(anchor).actor();
        int first = anchor;
        while (first > 0 && isCheckBy(events.get(first - 1), actor)) {
            first--;
        }
        int last = anchor;
        while (last + 1 < events.size() && isCheckBy(events.get(last + 1), actor)) {
            last++;
        }
        List<CheckRow> rows = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            TraceEvent check = events.get(i);
            String id = check.check().orElse("(unnamed check)");
            rows.add(new CheckRow(id, EventKinds.CHECK_PASS.equals(check.kind()), check.text("reason").orElse(""),
                    i == cursor, i > cursor, explanations.find(id).orElse(null)));
        }
        return rows;
    }

    private static int anchor(List<TraceEvent> events, int cursor) {
        if (cursor < 0 || cursor >= events.size()) {
            return -1;
        }
        TraceEvent at = events.get(cursor);
        if (at.isCheck()) {
            return cursor;
        }
        if (EventKinds.HTTP_REQUEST.equals(at.kind()) && at.target() != null) {
            for (int i = cursor + 1; i < events.size() && events.get(i).actor().equals(at.target()); i++) {
                if (events.get(i).isCheck()) {
                    return i;
                }
            }
        }
        if (EventKinds.HTTP_RESPONSE.equals(at.kind())) {
            for (int i = cursor - 1; i >= 0 && events.get(i).actor().equals(at.actor()); i--) {
                if (events.get(i).isCheck()) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean isCheckBy(TraceEvent event, String actor) {
        return event.isCheck() && event.actor().equals(actor);
    }
}
