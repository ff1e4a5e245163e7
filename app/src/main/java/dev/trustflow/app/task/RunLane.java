package dev.trustflow.app.task;

import dev.trustflow.sim.scenario.ScenarioRunner;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * One view's runs, where the last request wins: every {@link #request} replaces the requests before it. A replaced
 * request that has not started yet never runs; one that is running finishes on its worker and its result (or
 * error) is dropped. Only the latest request's result reaches its handler, so a what-if flipped twice quickly
 * shows the second run, never a stale one. Made by {@link RunService#lane()}; call on the FX thread.
 */
public final class RunLane {

    private static final System.Logger LOG = System.getLogger(RunLane.class.getName());

    private final ScenarioRunner runner;
    private final TaskRunner tasks;
    /** The number of the latest request; read by workers to skip replaced requests. */
    private final AtomicLong latest = new AtomicLong();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");

    RunLane(ScenarioRunner runner, TaskRunner tasks) {
        this.runner = runner;
        this.tasks = tasks;
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
        Objects.requireNonNull(onResult, "onResult");
        Objects.requireNonNull(onError, "onError");
        long mine = latest.incrementAndGet();
        running.set(true);
        tasks.run(BackgroundJob.of(name, () -> mine == latest.get() ? new Ran<>(work.apply(runner)) : null)
                .onSuccess(ran -> {
                    if (ran != null && mine == latest.get()) {
                        onResult.accept(ran.value());
                    }
                })
                .onError(RuntimeException.class, e -> {
                    if (mine == latest.get()) {
                        onError.accept(e);
                    } else {
                        LOG.log(System.Logger.Level.WARNING, name + " failed after it was replaced", e);
                    }
                })
                .andFinally(() -> {
                    if (mine == latest.get()) {
                        running.set(false);
                    }
                }));
    }

    /** Drops every request made so far: none of them delivers anything (the view shows a file, or is closed). */
    public void cancel() {
        latest.incrementAndGet();
        running.set(false);
    }

    /** True from a request until the latest request's result or error is delivered, or {@link #cancel}. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    /** A result of work that ran (a skipped request yields none). */
    private record Ran<T>(T value) {
    }
}
