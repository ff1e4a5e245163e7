package dev.trustflow.app.session;

/**
 * One what-if the student changed, and what the run it caused came to.
 *
 * @param label   the what-if's label ("Fix: mutual TLS between services")
 * @param value   its new value as shown ("on", "15 minutes", "segmented")
 * @param outcome the run's one-line outcome when its scenario states one ({@code Trace.OUTCOME} in its summary), else empty
 */
public record TriedChange(String label, String value, String outcome) {

    /** "Label → value", then " · outcome" when there is one. */
    public String text() {
        return label + " \u2192 " + value + (outcome.isEmpty() ? "" : " \u00b7 " + outcome);
    }
}
