package dev.trustflow.app.session;

import dev.trustflow.app.entry.BrowserEntry;
import dev.trustflow.app.entry.EntryMark;
import dev.trustflow.app.notice.Notifications;
import dev.trustflow.app.player.Player;
import dev.trustflow.app.task.RunLane;
import dev.trustflow.app.task.RunService;
import dev.trustflow.sim.scenario.OptionException;
import dev.trustflow.sim.scenario.Options;
import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.trace.Trace;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The browser's entries, the chosen one, its what-if values and seed, and the runs they cause. Runs go to
 * one {@link RunLane} of the app's {@link RunService}: off the FX thread, and only the newest run's trace reaches
 * the Player. Call on the FX thread.
 */
public final class ScenarioSession {

    public static final long DEFAULT_SEED = 42;
    private static final System.Logger LOG = System.getLogger(ScenarioSession.class.getName());

    private final RunLane runs;
    private final Player player;
    private final Notifications notices;
    private final ObservableList<BrowserEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<OptionField> fields = FXCollections.observableArrayList();
    private final ObservableMap<String, EntryMark> marks = FXCollections.observableHashMap();
    private final ObservableList<OptionField> readOnlyFields = FXCollections.unmodifiableObservableList(fields);
    private final ReadOnlyObjectWrapper<BrowserEntry> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyLongWrapper seed = new ReadOnlyLongWrapper(this, "seed", DEFAULT_SEED);
    private Options options = Options.defaults(List.of());
    private final TriedChanges tried;

    public ScenarioSession(RunService runs, Player player, Notifications notices) {
        this.runs = Objects.requireNonNull(runs, "runs").lane();
        this.player = Objects.requireNonNull(player, "player");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.tried = new TriedChanges(player.traceProperty(), this);
    }

    /** The what-ifs the student changed in the open entry, in order, with what each run came to. */
    public TriedChanges tried() {
        return tried;
    }

    // ---------------------------------------------------------------- commands

    /** Opens an entry: its options from the scenario's defaults and the entry's presets, then a fresh run. */
    public void select(BrowserEntry entry) {
        select(entry, Map.of());
    }

    /**
     * Opens an entry with {@code changed} what-ifs on top of its presets (resuming where a student left): one run.
     * A value that no longer fits the scenario is dropped with a notice, and the entry's own value is kept.
     */
    private void select(BrowserEntry entry, Map<String, Object> changed) {
        if (entry == null || !entry.runnable() || entry.equals(selected.get())) {
            return;
        }
        selected.set(entry);
        Scenario scenario = entry.scenario();
        try {
            options = Options.defaults(scenario.options()).with(entry.presetOptions());
        } catch (OptionException e) {
            notices.error(entry.title() + ": " + e.getMessage());
            options = Options.defaults(scenario.options());
        }
        try {
            options = options.with(changed);
        } catch (OptionException e) {
            notices.error(entry.title() + ": the saved what-ifs no longer fit (" + e.getMessage() + ")");
        }
        rebuildFields();
        run(false);
    }

    /** Opens an entry with a seed and what-ifs (resuming a lesson): one run, not one per change. */
    public void select(BrowserEntry entry, long runSeed, Map<String, Object> changed) {
        seed.set(runSeed);
        select(entry, changed);
    }

    /** Opens an entry with a given seed (a playlist item fixes both): one run, not one per change. */
    public void select(BrowserEntry entry, long runSeed) {
        if (entry != null && entry.equals(selected.get())) {
            setSeed(runSeed);
            return;
        }
        seed.set(runSeed);
        select(entry);
    }

    /** A what-if changed: re-run and keep the cursor near the same step. A value that is not allowed is refused. */
    public void setOption(String key, Object value) {
        if (selected.get() == null) {
            return;
        }
        try {
            options = options.with(key, value);
        } catch (OptionException e) {
            notices.error(e.getMessage());
            syncFields();
            return;
        }
        syncFields();
        run(true);
    }

    public void setSeed(long newSeed) {
        if (newSeed == seed.get()) {
            return;
        }
        seed.set(newSeed);
        if (selected.get() != null) {
            run(true);
        }
    }

    /** Runs the selected scenario again with the same options and seed. */
    public void rerun() {
        if (selected.get() != null) {
            run(true);
        }
    }

    /**
     * Shows a trace that did not come from a run here (an opened file). If its scenario is in the browser,
     * that entry, the trace's options and seed become current, so a what-if re-runs it.
     */
    public void showTrace(Trace trace) {
        runs.cancel();
        player.load(trace);
        seed.set(trace.seed());
        Optional<BrowserEntry> entry = entries.stream().filter(BrowserEntry::runnable)
                .filter(e -> e.scenario().id().equals(trace.scenario()) && e.presetOptions().isEmpty()).findFirst()
                .or(() -> entries.stream().filter(BrowserEntry::runnable).filter(e -> e.scenario().id().equals(trace.scenario())).findFirst());
        selected.set(entry.orElse(null));
        if (entry.isPresent()) {
            Scenario scenario = entry.get().scenario();
            try {
                options = Options.defaults(scenario.options()).with(trace.options());
            } catch (OptionException e) {
                notices.error("Trace options do not fit " + scenario.id() + ": " + e.getMessage());
                options = Options.defaults(scenario.options());
            }
        } else {
            options = Options.defaults(List.of());
        }
        rebuildFields();
    }

    private void run(boolean keepCursor) {
        BrowserEntry entry = selected.get();
        Scenario scenario = entry.scenario();
        Options runOptions = options;
        long runSeed = seed.get();
        runs.request("run " + scenario.id(), runner -> runner.run(scenario, runOptions, runSeed), trace -> {
            if (keepCursor && player.getTrace() != null) {
                player.replace(trace);
            } else {
                player.load(trace);
            }
        }, e -> {
            if (e instanceof OptionException) {
                notices.error(entry.title() + ": " + e.getMessage());
            } else {
                LOG.log(System.Logger.Level.ERROR, "scenario " + scenario.id() + " failed", e);
                notices.error(entry.title() + " could not run: " + e);
            }
        });
    }

    private void rebuildFields() {
        BrowserEntry entry = selected.get();
        fields.setAll(options.specs().stream().filter(spec -> entry == null || entry.offers(spec.key()))
                .map(spec -> new OptionField(spec, currentValue(spec.key()),
                        entry == null ? List.of() : entry.offeredValues(spec.key()), (f, v) -> setOption(f.key(), v)))
                .toList());
    }

    private void syncFields() {
        fields.forEach(f -> f.set(currentValue(f.key())));
    }

    private Object currentValue(String key) {
        switch (options.spec(key).type()) {
            case BOOLEAN:
                return options.flag(key);
            case CHOICE:
                return options.choice(key);
            case DURATION:
                return options.duration(key);
            default:
                return options.number(key);
        }
    }

    // ---------------------------------------------------------------- properties

    /** What the browser lists; lessons are added here beside the scenarios. */
    public ObservableList<BrowserEntry> entries() {
        return entries;
    }

    /** How far the student got with each entry, by entry id (absent: not started). */
    public ObservableMap<String, EntryMark> marks() {
        return marks;
    }

    /** The what-ifs of the current entry (a lesson offers only those it names), in the scenario's order. */
    public ObservableList<OptionField> fields() {
        return readOnlyFields;
    }

    public ReadOnlyObjectProperty<BrowserEntry> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public BrowserEntry getSelected() {
        return selected.get();
    }

    public ReadOnlyLongProperty seedProperty() {
        return seed.getReadOnlyProperty();
    }

    public long getSeed() {
        return seed.get();
    }

    /** True while the latest run this session started has not come back. */
    public ReadOnlyBooleanProperty runningProperty() {
        return runs.runningProperty();
    }

    /** The current what-if values, typed. */
    public Options options() {
        return options;
    }

    /** The current what-if values as the trace's JSON writes them. */
    public Map<String, Object> optionsAsJson() {
        return options.asJson();
    }
}
