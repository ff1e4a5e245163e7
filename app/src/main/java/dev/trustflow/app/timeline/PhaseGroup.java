package dev.trustflow.app.timeline;

import java.util.List;

/**
 * One titled phase of the timeline and the markers of its events.
 *
 * @param title   the phase's title ("The thief refreshes", "31 days later")
 * @param tooltip the title with its place and its steps: "Phase 3 of 9 · The thief refreshes · steps 38–53"
 * @param first   its first event's seq
 * @param last    its last event's seq
 * @param weight  its share of the strip's width: its events, plus a floor so that a short phase still has room
 *                for a few letters of its title
 * @param markers its events' markers, in order
 */
public record PhaseGroup(String title, String tooltip, int first, int last, double weight,
                         List<EventMarker> markers) {

    public PhaseGroup {
        markers = List.copyOf(markers);
    }

    public boolean contains(int seq) {
        return seq >= first && seq <= last;
    }
}
