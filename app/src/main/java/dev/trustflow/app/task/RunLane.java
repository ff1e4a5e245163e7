package dev.trustflow.app.task;

import dev.trustflow.sim.scenario.ScenarioRunner;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * One view's runs, where the last request wins ({@link LatestOnly}): a replaced request that has not started yet
 * never runs; one that is running finishes on its worker and its result (or error) is dropped, so a what-if
 * flipped twice quickly shows the second run, never a stale one. Made by {@link RunService#lane()}; call on the
 * FX thread.
 */
public final class RunLane {

    private final ScenarioRunner runner;
    private final LatestOnly requests;

    RunLane(ScenarioRunner runner, TaskRunner tasks) {
        this.runner = runner;
        this.requests = new LatestOnly(tasks, System.getLogger(RunLane.class.getName()));
    }

    /**
     * Runs {@code work} with the app's runner off the FX thread, replacing every earlier request of this lane.
     *
     * @param name     what runs, for logs ("run jwt-anatomy")
     * @param work     the simulation(s) to run; called on a worker, at most once, and not at all if replaced first
     * @param onResult called on the FX thread with the result, if this is still the latest request
     * @param onError  called on the FX thread with the error {@code work} threw, if this is still the latest request
     */
    public <T> void request(String name, Function<ScenarioRunner, T> work, Consumer<? super T> onResult,
                            Consumer<? super RuntimeException> onError) {
        Objects.requireNonNull(work, "work");
        requests.request(name, () -> work.apply(runner), onResult, onError);
    }

    /** Drops every request made so far: none of them delivers anything (the view shows a file, or is closed). */
    public void cancel() {
        requests.cancel();
    }

    /** True from a request until the latest request's result or error is delivered, or {@link #cancel}. */
    public ReadOnlyBooleanProperty runningProperty() {
        return requests.runningProperty();
    }

    public boolean isRunning() {
        return requests.isRunning();
    }
}
