package dev.trustflow.app.breach;

import dev.trustflow.app.player.Player;
import dev.trustflow.app.task.LatestOnly;
import dev.trustflow.app.task.TaskRunner;
import dev.trustflow.sim.blast.Breach;
import dev.trustflow.sim.trace.Trace;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * "Breach here" on the player's current step: the actor the student selected on the stage, the command that
 * measures its breach on a background task, and the result (the {@link Breach} and its summary line) until Esc,
 * another step or another trace clears it. Call on the FX thread.
 */
public final class BreachViewModel {

    private final Player player;
    /** Measures one breach at a time; a result of an older request (the step moved meanwhile) is dropped. */
    private final LatestOnly measurements;
    private final ReadOnlyStringWrapper selected = new ReadOnlyStringWrapper(this, "selected");
    private final ReadOnlyObjectWrapper<Breach> breach = new ReadOnlyObjectWrapper<>(this, "breach");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final BooleanProperty keyActive = new SimpleBooleanProperty(this, "keyActive", true);

    public BreachViewModel(Player player, TaskRunner tasks) {
        this.player = player;
        this.measurements = new LatestOnly(tasks);
        player.cursorProperty().addListener((obs, old, now) -> clear());
        player.traceProperty().addListener((obs, old, now) -> {
            clear();
            selected.set(null);
        });
    }

    /** Selects {@code actor} on the stage: what {@link #breachSelected()} breaches. */
    public void select(String actor) {
        selected.set(actor);
    }

    /** Breaches the selected actor, if there is one and the key is active (the key B's command). */
    public void breachSelected() {
        if (keyActive.get() && selected.get() != null) {
            breach(selected.get());
        }
    }

    /**
     * Measures, off the FX thread, the blast radius of {@code actor} compromised at the current step (the first
     * event when none is shown yet) and shows it; the actor becomes the selected one.
     */
    public void breach(String actor) {
        Trace trace = player.getTrace();
        if (trace == null || trace.size() == 0 || trace.topology().actor(actor).isEmpty()) {
            return;
        }
        selected.set(actor);
        int step = Math.max(0, player.getCursor());
        measurements.request("breach " + actor + " at step " + step, () -> Breach.of(trace, step, actor),
                result -> {
                    breach.set(result);
                    summary.set(BreachSummary.of(result));
                });
    }

    /** Takes the breach off the stage (Esc; also when the step or the trace changes). */
    public void clear() {
        measurements.cancel();
        breach.set(null);
        summary.set("");
    }

    /** Whether B breaches the selected actor; the window turns it off in presenter mode, where B blacks out. */
    public BooleanProperty keyActiveProperty() {
        return keyActive;
    }

    public ReadOnlyStringProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public String getSelected() {
        return selected.get();
    }

    /** The breach shown, or null. */
    public ReadOnlyObjectProperty<Breach> breachProperty() {
        return breach.getReadOnlyProperty();
    }

    /** Whether a breach is shown or being measured: what Esc would clear. */
    public boolean isShowing() {
        return breach.get() != null || measurements.isRunning();
    }

    public Breach getBreach() {
        return breach.get();
    }

    /** The breach in one line, or empty when none is shown. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public String getSummary() {
        return summary.get();
    }

    /** True while a breach is being measured. */
    public ReadOnlyBooleanProperty measuringProperty() {
        return measurements.runningProperty();
    }
}
