package dev.trustflow.app.browser;

import dev.trustflow.sim.scenario.Scenario;
import java.util.Map;
import java.util.Objects;

/**
 * One line of the browser.
 *
 * @param id            stable id (a scenario's or a lesson's)
 * @param title         first line
 * @param subtitle      second line, short
 * @param kind          scenario or lesson
 * @param scenario      what runs when it is opened
 * @param presetOptions what-if values applied over the scenario's defaults (a lesson's starting point)
 */
public record BrowserEntry(String id, String title, String subtitle, EntryKind kind, Scenario scenario,
                           Map<String, Object> presetOptions) {

    public BrowserEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scenario, "scenario");
        presetOptions = Map.copyOf(presetOptions);
    }

    /** A scenario as it ships: its title, the first sentence of its description, its default options. */
    public static BrowserEntry of(Scenario scenario) {
        return new BrowserEntry(scenario.id(), scenario.title(), firstSentence(scenario.description()),
                EntryKind.SCENARIO, scenario, Map.of());
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
