package dev.trustflow.app.learn;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Saves a value to its {@link JsonStore} off the FX thread. Values submitted faster than they are written
 * collapse into the newest one; writes never overlap and never go back in time. A failure is reported once
 * per distinct message.
 *
 * @param <T> the record stored
 */
public final class LatestWriter<T> {

    private final JsonStore<T> store;
    private final Executor background;
    private final Consumer<String> problems;
    private final AtomicReference<T> pending = new AtomicReference<>();
    private final Object writing = new Object();
    private String lastProblem;

    public LatestWriter(JsonStore<T> store, Executor background, Consumer<String> problems) {
        this.store = Objects.requireNonNull(store, "store");
        this.background = Objects.requireNonNull(background, "background");
        this.problems = Objects.requireNonNull(problems, "problems");
    }

    /** Schedules {@code value} to be written (replacing any value not yet written). */
    public void submit(T value) {
        if (pending.getAndSet(Objects.requireNonNull(value, "value")) == null) {
            background.execute(this::drain);
        }
    }

    /** Writes what is pending now, on the calling thread (when the app closes). */
    public void flush() {
        drain();
    }

    private void drain() {
        synchronized (writing) {
            T value = pending.getAndSet(null);
            if (value == null) {
                return;
            }
            try {
                store.save(value);
                lastProblem = null;
            } catch (IOException | RuntimeException e) {
                String problem = store.file().getFileName() + " could not be saved: " + e.getMessage();
                if (!problem.equals(lastProblem)) {
                    lastProblem = problem;
                    problems.accept(problem);
                }
            }
        }
    }
}
