package dev.trustflow.app.timeline;

import dev.trustflow.sim.trace.TraceEvent;

/**
 * One event on the timeline strip.
 *
 * @param seq        its index, to jump to
 * @param styleClass {@code marker-check-pass}, {@code marker-http-request}...
 * @param tooltip    "3 · check.fail · jwt.exp: expired" style summary
 */
public record EventMarker(int seq, String kind, String styleClass, String tooltip) {

    public static EventMarker of(TraceEvent e) {
        return new EventMarker(e.seq(), e.kind(), "marker-" + e.kind().replace('.', '-'),
                (e.seq() + 1) + " · " + e.kind() + " — " + e.caption());
    }
}
