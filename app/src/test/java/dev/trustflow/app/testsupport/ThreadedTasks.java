package dev.trustflow.app.testsupport;

import dev.trustflow.app.task.ExecutorTaskRunner;
import dev.trustflow.app.task.TaskRunner;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Real threads for tests of concurrent runs: a {@link TaskRunner} whose jobs compute on {@code workers} worker
 * threads and deliver on one thread that stands in for the FX thread. {@link #drain} waits until every job has
 * ended and every delivery has run, so a test can then assert what was (and was not) delivered.
 */
public final class ThreadedTasks implements AutoCloseable {

    public static final String FX_STAND_IN = "fx-stand-in";

    private final ExecutorService workers;
    private final ExecutorService fx = Executors.newSingleThreadExecutor(r -> new Thread(r, FX_STAND_IN));
    private final List<Throwable> unhandled = new CopyOnWriteArrayList<>();
    private final TaskRunner tasks;

    public ThreadedTasks(int workers) {
        this.workers = Executors.newFixedThreadPool(workers, r -> new Thread(r, "test-worker"));
        this.tasks = new ExecutorTaskRunner(this.workers, fx, (job, e) -> unhandled.add(e));
    }

    public TaskRunner tasks() {
        return tasks;
    }

    /** Reads {@code value} on the FX stand-in, where the view-models' state changes. */
    public <T> T fromFx(Callable<T> value) throws Exception {
        return fx.submit(value).get(10, TimeUnit.SECONDS);
    }

    /** Runs {@code action} on the FX stand-in (commands of view-models are called there) and waits for it. */
    public void onFx(Runnable action) throws Exception {
        fx.submit(action).get(10, TimeUnit.SECONDS);
    }

    /** Lets every started job end, then runs every delivery they queued. No job may be started afterwards. */
    public void drain() throws Exception {
        workers.shutdown();
        if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
            throw new AssertionError("a job did not end");
        }
        onFx(() -> { });
    }

    /** Errors no handler of a job claimed. */
    public List<Throwable> unhandled() {
        return unhandled;
    }

    @Override
    public void close() {
        workers.shutdownNow();
        fx.shutdownNow();
    }
}
