package dev.trustflow.sim.lesson;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Plain-words narration shown from the first event matching {@code when} (searched after the event of the
 * previous cue) until the next cue's event.
 *
 * @param when   which event the text belongs to
 * @param text   Markdown, a few sentences
 * @param line   the line in the lesson file, for messages
 * @param onlyIf option values (as a trace's JSON shows them) a run must have for this cue to apply, so a lesson
 *               can narrate its what-ifs ({@code only-if: {protection: hmac}}); a list value is any of its
 *               values ({@code only-if: {attack: [alg-none, tamper-payload]}}); empty: every run
 */
public record NarrationCue(EventSelector when, String text, int line, Map<String, Object> onlyIf) {

    public NarrationCue {
        onlyIf = onlyIf == null ? Map.of() : Map.copyOf(onlyIf);
    }

    public NarrationCue(EventSelector when, String text, int line) {
        this(when, text, line, Map.of());
    }

    /** Whether this cue applies to a run with these options (a trace's {@code options}). */
    public boolean appliesTo(Map<String, ?> runOptions) {
        for (Map.Entry<String, Object> e : onlyIf.entrySet()) {
            List<?> wanted = e.getValue() instanceof List<?> any ? any : List.of(e.getValue());
            if (wanted.stream().noneMatch(w -> sameValue(w, runOptions.get(e.getKey())))) {
                return false;
            }
        }
        return true;
    }

    /** Numbers compare by value (a trace read back from JSON holds Integers where a run held Longs). */
    private static boolean sameValue(Object wanted, Object actual) {
        if (wanted instanceof Number w && actual instanceof Number a) {
            return w.longValue() == a.longValue();
        }
        return actual != null && Objects.equals(String.valueOf(wanted), String.valueOf(actual));
    }
}
