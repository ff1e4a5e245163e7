package dev.trustflow.app.task;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Background work where the last request wins: every {@link #request} replaces the requests before it. A replaced
 * request that has not started yet never runs; one that is running finishes on its worker and its result is
 * dropped. Only the latest request's result reaches its handler, so a view never shows a stale answer (a what-if
 * flipped twice quickly, a breach measured at a step the student has already left). Call on the FX thread.
 */
public final class LatestOnly {

    private final TaskRunner tasks;
    /** Where a replaced request's error is logged: the owner's logger. */
    private final System.Logger log;
    /** The number of the latest request; read by workers to skip replaced requests. */
    private final AtomicLong latest = new AtomicLong();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");

    public LatestOnly(TaskRunner tasks) {
        this(tasks, System.getLogger(LatestOnly.class.getName()));
    }

    /** Requests whose replaced errors are logged to {@code log} (the owner's, so the log names who asked). */
    public LatestOnly(TaskRunner tasks, System.Logger log) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * Runs {@code work} off the FX thread, replacing every earlier request; its errors go to the task runner's
     * fallback, which logs them and shows a short message.
     *
     * @param name     what runs, for logs ("breach gateway at step 12")
     * @param work     called on a worker, at most once, and not at all if replaced first
     * @param onResult called on the FX thread with the result, if this is still the latest request
     */
    public <T> void request(String name, Callable<T> work, Consumer<? super T> onResult) {
        tasks.run(job(name, work, onResult, next()));
    }

    /**
     * As {@link #request(String, Callable, Consumer)}, with {@code onError} hearing the latest request's error on
     * the FX thread; a replaced request's error is only logged.
     */
    public <T> void request(String name, Callable<T> work, Consumer<? super T> onResult,
                            Consumer<? super RuntimeException> onError) {
        Objects.requireNonNull(onError, "onError");
        long mine = next();
        tasks.run(job(name, work, onResult, mine).onError(RuntimeException.class, e -> {
            if (mine == latest.get()) {
                onError.accept(e);
            } else {
                log.log(System.Logger.Level.WARNING, name + " failed after it was replaced", e);
            }
        }));
    }

    /** A new latest request: its number. */
    private long next() {
        running.set(true);
        return latest.incrementAndGet();
    }

    private <T> BackgroundJob<Ran<T>> job(String name, Callable<T> work, Consumer<? super T> onResult, long mine) {
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(onResult, "onResult");
        return BackgroundJob.of(name, () -> mine == latest.get() ? new Ran<>(work.call()) : null)
                .onSuccess(ran -> {
                    if (ran != null && mine == latest.get()) {
                        onResult.accept(ran.value());
                    }
                })
                .andFinally(() -> {
                    if (mine == latest.get()) {
                        running.set(false);
                    }
                });
    }

    /** Drops every request made so far: none of them delivers anything. */
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
