package dev.trustflow.app.session;

import dev.trustflow.sim.present.Durations;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * A what-if's value as the app shows it: {@code on}/{@code off} for a switch, {@code 15 min} for a duration (also
 * when it comes as ISO text, {@code PT15M}, from a trace file), the value itself otherwise.
 */
public final class OptionText {

    private OptionText() {
    }

    public static String of(Object value) {
        if (value instanceof Boolean on) {
            return on ? "on" : "off";
        }
        if (value instanceof Duration d) {
            return Durations.human(d);
        }
        String text = String.valueOf(value);
        if (text.startsWith("P")) {
            try {
                return Durations.human(Duration.parse(text));
            } catch (DateTimeParseException e) {
                return text;
            }
        }
        return text;
    }
}
