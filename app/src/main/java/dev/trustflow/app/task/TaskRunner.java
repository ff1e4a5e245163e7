package dev.trustflow.app.task;

/**
 * Runs {@link BackgroundJob}s. The app's runner computes on worker threads and delivers on the FX thread;
 * tests use {@link SameThreadTaskRunner} so that a job has finished when {@link #run} returns.
 */
public interface TaskRunner {

    /** Starts the job; its handlers are later called on the thread that owns the UI. */
    <T> void run(BackgroundJob<T> job);

    /**
     * The same workers as a plain {@link java.util.concurrent.Executor}, for view-models that deliver their own
     * results (they are given the FX executor separately). An error in such work goes to the runner's fallback.
     */
    default java.util.concurrent.Executor background() {
        return command -> run(BackgroundJob.of("background work", () -> {
            command.run();
            return Boolean.TRUE;
        }));
    }

    /** Stops accepting work; running jobs may finish. */
    void shutdown();
}
