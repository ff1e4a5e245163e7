package dev.trustflow.app.inspector;

/**
 * The headline of one trace event, ready to show.
 *
 * @param kind    the event kind ({@code http.request})
 * @param route   who did it, and to whom ("Alice's app \u2192 API gateway")
 * @param time    virtual time ("2026-01-01 09:00:05 UTC")
 * @param caption the event's caption
 */
public record EventSummary(String kind, String route, String time, String caption) {

    public static final EventSummary NONE = new EventSummary("", "", "", "No event selected");
}
