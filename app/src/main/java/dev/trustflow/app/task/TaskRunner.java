package dev.trustflow.app.task;

/**
 * Runs {@link BackgroundJob}s. The app's runner computes on worker threads and delivers on the FX thread;
 * tests use {@link SameThreadTaskRunner} so that a job has finished when {@link #run} returns.
 */
public interface TaskRunner {

    /** Starts the job; its handlers are later called on the thread that owns the UI. */
    <T> void run(BackgroundJob<T> job);

    /** Stops accepting work; running jobs may finish. */
    void shutdown();
}
