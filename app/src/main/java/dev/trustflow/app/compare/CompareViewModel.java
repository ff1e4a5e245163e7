package dev.trustflow.app.compare;

import dev.trustflow.app.notice.Notifications;
import dev.trustflow.app.player.TickSource;
import dev.trustflow.app.task.RunLane;
import dev.trustflow.app.task.RunService;
import dev.trustflow.sim.analysis.AlignedStep;
import dev.trustflow.sim.analysis.Divergence;
import dev.trustflow.sim.scenario.OptionException;
import dev.trustflow.sim.scenario.OptionSpec;
import dev.trustflow.sim.scenario.Options;
import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.trace.Trace;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One scenario run twice, with two values of one what-if (everything else as in the main window), shown side
 * by side: both runs happen off the FX thread, in one {@link RunLane} (the last choice wins); one
 * {@link CompareTransport} steps over the aligned steps of {@link Divergence} and moves both sides; {@code reached}
 * turns true once the cursor is at or past the first difference. Call on the FX thread.
 */
public final class CompareViewModel {

    private static final System.Logger LOG = System.getLogger(CompareViewModel.class.getName());

    private final Scenario scenario;
    private final String title;
    private final Options base;
    private final long seed;
    private final RunLane runs;
    private final Notifications notices;
    private final CompareTransport transport;
    private final CompareSide left = new CompareSide();
    private final CompareSide right = new CompareSide();
    private final ObservableList<OptionSpec> options = FXCollections.observableArrayList();
    private final ObservableList<Object> values = FXCollections.observableArrayList();
    private final ObservableList<StepMarker> markers = FXCollections.observableArrayList();
    private final ObservableList<OptionSpec> readOptions = FXCollections.unmodifiableObservableList(options);
    private final ObservableList<Object> readValues = FXCollections.unmodifiableObservableList(values);
    private final ObservableList<StepMarker> readMarkers = FXCollections.unmodifiableObservableList(markers);
    private final ReadOnlyObjectWrapper<OptionSpec> spec = new ReadOnlyObjectWrapper<>(this, "spec");
    private final ReadOnlyObjectWrapper<Object> leftValue = new ReadOnlyObjectWrapper<>(this, "leftValue");
    private final ReadOnlyObjectWrapper<Object> rightValue = new ReadOnlyObjectWrapper<>(this, "rightValue");
    private final ReadOnlyObjectWrapper<Divergence> divergence = new ReadOnlyObjectWrapper<>(this, "divergence");
    private final ReadOnlyIntegerWrapper firstStep = new ReadOnlyIntegerWrapper(this, "firstStep", -1);
    private final ReadOnlyBooleanWrapper reached = new ReadOnlyBooleanWrapper(this, "reached");
    private final ReadOnlyBooleanWrapper atFirst = new ReadOnlyBooleanWrapper(this, "atFirst");
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper(this, "position", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper badge = new ReadOnlyStringWrapper(this, "badge", "");
    private List<AlignedStep> steps = List.of();

    public CompareViewModel(Scenario scenario, String title, Options base, long seed, RunService runs,
                            TickSource ticks, Notifications notices) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.title = Objects.requireNonNull(title, "title");
        this.base = Objects.requireNonNull(base, "base");
        this.seed = seed;
        this.runs = Objects.requireNonNull(runs, "runs").lane();
        this.notices = Objects.requireNonNull(notices, "notices");
        this.transport = new CompareTransport(ticks);
        options.setAll(base.specs());
        transport.cursorProperty().addListener((obs, old, now) -> follow());
        transport.speedProperty().addListener((obs, old, now) -> {
            left.setSpeed(now.doubleValue());
            right.setSpeed(now.doubleValue());
        });
    }

    // ---------------------------------------------------------------- commands

    /** Compares {@code key}: the current value on the left, its opposite (or the next one) on the right. */
    public void chooseOption(String key) {
        if (key == null || (spec.get() != null && spec.get().key().equals(key))) {
            return;
        }
        OptionSpec chosen = base.spec(key);
        Object current = CompareChoices.current(base, key);
        spec.set(chosen);
        values.setAll(CompareChoices.values(chosen, current));
        leftValue.set(current);
        rightValue.set(CompareChoices.other(chosen, current));
        run();
    }

    public void setLeftValue(Object value) {
        if (value != null && !Objects.equals(value, leftValue.get())) {
            leftValue.set(value);
            run();
        }
    }

    public void setRightValue(Object value) {
        if (value != null && !Objects.equals(value, rightValue.get())) {
            rightValue.set(value);
            run();
        }
    }

    /** Stops playing; the comparison is being put away. */
    public void dispose() {
        runs.cancel();
        transport.pause();
    }

    private void run() {
        OptionSpec runSpec = spec.get();
        Object a = leftValue.get();
        Object b = rightValue.get();
        Options leftOptions;
        Options rightOptions;
        try {
            leftOptions = base.with(runSpec.key(), a);
            rightOptions = base.with(runSpec.key(), b);
        } catch (OptionException e) {
            notices.error(e.getMessage());
            return;
        }
        runs.request("compare " + scenario.id(), runner -> {
            Trace one = runner.run(scenario, leftOptions, seed);
            Trace two = runner.run(scenario, rightOptions, seed);
            return new ComparedRuns(runSpec, a, b, one, two, Divergence.between(one, two));
        }, this::show, e -> {
            LOG.log(System.Logger.Level.ERROR, "comparing " + scenario.id() + " failed", e);
            notices.error(title + " could not be compared: " + e.getMessage());
        });
    }

    private void show(ComparedRuns pair) {
        Divergence found = pair.divergence();
        left.setHeading(CompareChoices.heading(pair.spec(), pair.leftValue()));
        right.setHeading(CompareChoices.heading(pair.spec(), pair.rightValue()));
        left.show(pair.left());
        right.show(pair.right());
        steps = found.steps();
        divergence.set(found);
        firstStep.set(found.firstIndex());
        markers.setAll(StepMarker.of(found, pair.left(), pair.right()));
        summary.set(found.identical() ? "Both settings lead to the same steps."
                : "First difference at step " + (found.firstIndex() + 1) + " · " + found.differences() + " of "
                + steps.size() + " steps differ");
        badge.set(found.identical() ? "" : "The runs part ways at step " + (found.firstIndex() + 1) + ": "
                + found.description());
        transport.resize(steps.size());
        follow();
    }

    private void follow() {
        Divergence found = divergence.get();
        if (found == null) {
            return;
        }
        int cursor = transport.getCursor();
        AlignedStep step = cursor >= 0 && cursor < steps.size() ? steps.get(cursor) : null;
        boolean differs = step != null && !step.same();
        left.moveTo(found.leftAt(cursor), step != null && step.rightOnly(), differs);
        right.moveTo(found.rightAt(cursor), step != null && step.leftOnly(), differs);
        int first = found.firstIndex();
        reached.set(first >= 0 && cursor >= first);
        atFirst.set(first >= 0 && cursor == first);
        position.set(cursor < 0 ? steps.size() + " steps side by side" : "Step " + (cursor + 1) + " of " + steps.size());
    }

    /** A value as the pickers show it: {@code on}, {@code 15 min}, {@code tamper-payload}. */
    public String valueText(Object value) {
        return spec.get() == null || value == null ? "" : CompareChoices.text(spec.get(), value);
    }

    // ---------------------------------------------------------------- properties

    public String title() {
        return title;
    }

    public CompareTransport transport() {
        return transport;
    }

    public CompareSide left() {
        return left;
    }

    public CompareSide right() {
        return right;
    }

    /** Every what-if of the scenario, for the option picker. */
    public ObservableList<OptionSpec> options() {
        return readOptions;
    }

    /** The values either side may take for the chosen what-if. */
    public ObservableList<Object> values() {
        return readValues;
    }

    /** One marker per aligned step, for the progress strip. */
    public ObservableList<StepMarker> markers() {
        return readMarkers;
    }

    public ReadOnlyObjectProperty<OptionSpec> specProperty() {
        return spec.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Object> leftValueProperty() {
        return leftValue.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Object> rightValueProperty() {
        return rightValue.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Divergence> divergenceProperty() {
        return divergence.getReadOnlyProperty();
    }

    public Divergence getDivergence() {
        return divergence.get();
    }

    /** The aligned step where the runs first differ, or -1 (none yet, or no difference). */
    public ReadOnlyIntegerProperty firstStepProperty() {
        return firstStep.getReadOnlyProperty();
    }

    /** True once the cursor is at or past the first difference. */
    public ReadOnlyBooleanProperty reachedProperty() {
        return reached.getReadOnlyProperty();
    }

    public boolean isReached() {
        return reached.get();
    }

    /** True while the cursor is exactly on the first difference. */
    public ReadOnlyBooleanProperty atFirstProperty() {
        return atFirst.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return runs.runningProperty();
    }

    /** {@code Step 10 of 74}, or {@code 74 steps side by side} before the first. */
    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** {@code First difference at step 10 · 23 of 74 steps differ}, or that both runs are the same. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** {@code The runs part ways at step 10: left: … / right: …}; empty when they never do. */
    public ReadOnlyStringProperty badgeProperty() {
        return badge.getReadOnlyProperty();
    }

    public String getBadge() {
        return badge.get();
    }
}
