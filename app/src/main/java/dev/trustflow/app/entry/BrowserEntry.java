package dev.trustflow.app.entry;

import dev.trustflow.sim.scenario.Scenario;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One line of the browser.
 *
 * @param id            stable id (a scenario's or a lesson's)
 * @param title         first line
 * @param subtitle      second line, short
 * @param kind          scenario or lesson (runnable); a topic heading or a broken lesson file (not runnable)
 * @param scenario      what runs when it is opened; null only for entries that do not run
 * @param presetOptions what-if values applied over the scenario's defaults (a lesson's starting point)
 * @param details       more text shown when the entry is expanded (a lesson's objectives), may be empty
 * @param offeredWhatIfs the option keys offered as what-ifs, in order; null offers all of the scenario's
 * @param offeredValues  the typed values a what-if offers, by option key (a lesson's {@code - ttl: [5m, 2h]});
 *                       a key without values offers whatever its option allows
 */
public record BrowserEntry(String id, String title, String subtitle, EntryKind kind, Scenario scenario,
                           Map<String, Object> presetOptions, String details, List<String> offeredWhatIfs,
                           Map<String, List<Object>> offeredValues) {

    public BrowserEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(kind, "kind");
        if (kind.runnable()) {
            Objects.requireNonNull(scenario, "scenario");
        }
        presetOptions = Map.copyOf(presetOptions);
        details = details == null ? "" : details;
        offeredWhatIfs = offeredWhatIfs == null ? null : List.copyOf(offeredWhatIfs);
        Map<String, List<Object>> values = new java.util.LinkedHashMap<>();
        if (offeredValues != null) {
            offeredValues.forEach((k, v) -> values.put(k, List.copyOf(v)));
        }
        offeredValues = java.util.Collections.unmodifiableMap(values);
    }

    /** An entry whose what-ifs offer whatever their options allow. */
    public BrowserEntry(String id, String title, String subtitle, EntryKind kind, Scenario scenario,
                        Map<String, Object> presetOptions, String details, List<String> offeredWhatIfs) {
        this(id, title, subtitle, kind, scenario, presetOptions, details, offeredWhatIfs, Map.of());
    }

    /** A runnable entry with no details that offers all of its scenario's what-ifs. */
    public BrowserEntry(String id, String title, String subtitle, EntryKind kind, Scenario scenario,
                        Map<String, Object> presetOptions) {
        this(id, title, subtitle, kind, scenario, presetOptions, "", null);
    }

    /** A scenario as it ships: its title, the first sentence of its description, its default options. */
    public static BrowserEntry of(Scenario scenario) {
        return new BrowserEntry(scenario.id(), scenario.title(), firstSentence(scenario.description()),
                EntryKind.SCENARIO, scenario, Map.of());
    }

    /** A group heading ("Foundations", "Scenarios"): shown, never run. */
    public static BrowserEntry heading(String id, String title) {
        return new BrowserEntry(id, title, "", EntryKind.TOPIC, null, Map.of(), "", List.of());
    }

    /** A lesson file that could not be read: shown with what is wrong, never run. */
    public static BrowserEntry problem(String id, String title, String problem) {
        return new BrowserEntry(id, title, "", EntryKind.PROBLEM, null, Map.of(), problem, List.of());
    }

    /** The same entry with other preset options. */
    public BrowserEntry withPresets(Map<String, Object> presets) {
        return new BrowserEntry(id, title, subtitle, kind, scenario, presets, details, offeredWhatIfs, offeredValues);
    }

    /** The same entry with {@code options} (what-if key to value) laid over its presets. */
    public BrowserEntry withOptions(Map<String, ?> options) {
        Map<String, Object> presets = new java.util.LinkedHashMap<>(presetOptions());
        presets.putAll(options);
        return withPresets(presets);
    }

    /** Whether opening it runs a scenario. */
    public boolean runnable() {
        return kind.runnable();
    }

    /** Whether the what-if panel shows option {@code key} for this entry. */
    public boolean offers(String key) {
        return offeredWhatIfs == null || offeredWhatIfs.contains(key);
    }

    /** The values what-if {@code key} offers; empty when it offers whatever its option allows. */
    public List<Object> offeredValues(String key) {
        return offeredValues.getOrDefault(key, List.of());
    }

    static String firstSentence(String text) {
        String s = text.strip();
        int end = s.indexOf(". ");
        return end < 0 ? s : s.substring(0, end + 1);
    }

    @Override
    public String toString() {
        return title;
    }
}
