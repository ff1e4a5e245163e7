package dev.trustflow.app.session;

import dev.trustflow.app.entry.BrowserEntry;
import dev.trustflow.sim.trace.Trace;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The what-ifs the student changed in the open scenario, in the order they changed them, each with the outcome of
 * the run it caused: in the capstone, the order of the fixes and how many attacks each left. Read from the runs
 * themselves: when a new trace of the open entry arrives with other options than its last one, each option that
 * differs is one change. Kept per entry for the session, so going back to a lesson shows its list again; opening
 * an entry, a new seed or a re-run with the same what-ifs adds nothing.
 */
public final class TriedChanges {

    private final ScenarioSession session;
    private final ObservableValue<Trace> traces;
    private final Map<String, List<TriedChange>> byEntry = new HashMap<>();
    private final ObservableList<TriedChange> shown = FXCollections.observableArrayList();
    private final ObservableList<TriedChange> shownView = FXCollections.unmodifiableObservableList(shown);
    private Trace last;

    public TriedChanges(ObservableValue<Trace> traces, ScenarioSession session) {
        this.session = session;
        this.traces = traces;
        traces.addListener((obs, old, now) -> arrived(now));
        session.selectedProperty().addListener((obs, old, now) -> opened(now));
    }

    /** The open scenario's changes, oldest first. */
    public ObservableList<TriedChange> changes() {
        return shownView;
    }

    /** Forgets the open scenario's changes (the student starts over). */
    public void clear() {
        shown.clear();
        BrowserEntry entry = session.getSelected();
        if (entry != null) {
            byEntry.remove(entry.id());
        }
    }

    private void opened(BrowserEntry entry) {
        // an opened trace file is shown before its entry is selected: it is then the run changes start from
        Trace current = traces.getValue();
        last = entry != null && entry.scenario() != null && current != null && current.scenario().equals(entry.scenario().id()) ? current : null;
        shown.setAll(entry == null ? List.of() : byEntry.getOrDefault(entry.id(), List.of()));
    }

    private void arrived(Trace trace) {
        BrowserEntry entry = session.getSelected();
        if (trace == null || entry == null) {
            return;
        }
        Trace previous = last;
        last = trace;
        if (previous == null || !previous.scenario().equals(trace.scenario())) {
            return;
        }
        String outcome = Objects.toString(trace.summary().get(Trace.OUTCOME), "");
        trace.options().forEach((key, value) -> {
            if (!Objects.equals(OptionText.of(previous.options().get(key)), OptionText.of(value))) {
                shown.add(new TriedChange(label(key), OptionText.of(value), outcome));
            }
        });
        byEntry.put(entry.id(), List.copyOf(shown));
    }

    private String label(String key) {
        return session.fields().stream().filter(f -> f.key().equals(key)).map(OptionField::label).findFirst()
                .orElse(key);
    }
}
