package dev.trustflow.app.playlist;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * One item: a browser entry (scenario or lesson, by id) with the what-if values and seed that make the run
 * the same every time, or a saved trace file.
 *
 * @param kind    which of the two
 * @param title   what the list shows
 * @param entry   browser entry id ({@code jwt-anatomy}, {@code lesson:jwt-basics}); null for a trace
 * @param options what-if values as a trace's JSON writes them; empty for a trace
 * @param seed    the run's seed; 0 for a trace (a trace carries its own)
 * @param trace   the trace file; null for an entry
 */
public record PlaylistItem(Kind kind, String title, String entry, Map<String, Object> options, long seed,
                           Path trace) {

    /** Entry or trace. */
    public enum Kind { ENTRY, TRACE }

    public PlaylistItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        options = Map.copyOf(options);
        if (kind == Kind.ENTRY) {
            Objects.requireNonNull(entry, "entry");
        } else {
            Objects.requireNonNull(trace, "trace");
        }
    }

    public static PlaylistItem entry(String entry, String title, Map<String, Object> options, long seed) {
        return new PlaylistItem(Kind.ENTRY, title, entry, options, seed, null);
    }

    public static PlaylistItem trace(Path file, String title) {
        return new PlaylistItem(Kind.TRACE, title, null, Map.of(), 0, file);
    }

    /** {@code JWT anatomy · seed 42} or {@code class-demo.json (trace)}. */
    @Override
    public String toString() {
        return kind == Kind.ENTRY ? title + " · seed " + seed : title + " (trace)";
    }
}
