package dev.trustflow.app.task;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Computes jobs on a small pool of named daemon threads and hands results and errors to a delivery
 * executor (in the app: {@code Platform::runLater}, so handlers run on the FX thread).
 */
public final class ExecutorTaskRunner implements TaskRunner {

    /** Two workers: a scenario run and a file write can overlap; the machines we target have two cores. */
    public static final int WORKERS = 2;

    private final ExecutorService workers;
    private final Executor delivery;
    private final ErrorFallback fallback;

    public ExecutorTaskRunner(Executor delivery, ErrorFallback fallback) {
        this(Executors.newFixedThreadPool(WORKERS, new NamedDaemonThreads("trustflow-worker")), delivery, fallback);
    }

    /** With given workers (a test that must wait for every job to end owns the pool it shuts down). */
    public ExecutorTaskRunner(ExecutorService workers, Executor delivery, ErrorFallback fallback) {
        this.workers = Objects.requireNonNull(workers, "workers");
        this.delivery = Objects.requireNonNull(delivery, "delivery");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    @Override
    public <T> void run(BackgroundJob<T> job) {
        workers.execute(() -> {
            T result;
            try {
                result = job.compute();
            } catch (Throwable error) {
                delivery.execute(() -> {
                    if (!job.fail(error)) {
                        fallback.unhandled(job.name(), error);
                    }
                });
                return;
            }
            delivery.execute(() -> job.succeed(result));
        });
    }

    @Override
    public void shutdown() {
        workers.shutdownNow();
    }
}
