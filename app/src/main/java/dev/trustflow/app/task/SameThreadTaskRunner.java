package dev.trustflow.app.task;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Runs each job to completion on the calling thread, handlers included: deterministic, for tests. Errors no
 * handler claims are kept in {@link #unhandled()} so a test can assert that there were none.
 */
public final class SameThreadTaskRunner implements TaskRunner {

    private final List<Throwable> unhandled = new ArrayList<>();
    private int jobsRun;

    @Override
    public <T> void run(BackgroundJob<T> job) {
        jobsRun++;
        T result;
        try {
            result = job.compute();
        } catch (Throwable error) {
            if (!job.fail(error)) {
                unhandled.add(error);
            }
            return;
        }
        job.succeed(result);
    }

    @Override
    public void shutdown() {
        // nothing runs in the background
    }

    public List<Throwable> unhandled() {
        return Collections.unmodifiableList(unhandled);
    }

    public int jobsRun() {
        return jobsRun;
    }
}
