package dev.trustflow.app.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ExecutorTaskRunnerTest {

    /** Stands in for the FX thread: one named thread that receives every delivery. */
    private final ExecutorService ui = Executors.newSingleThreadExecutor(r -> new Thread(r, "ui"));
    private final List<String> unhandled = new CopyOnWriteArrayList<>();
    private final ExecutorTaskRunner runner = new ExecutorTaskRunner(ui, (job, e) -> unhandled.add(job + ": " + e));

    @AfterEach
    void stop() {
        runner.shutdown();
        ui.shutdownNow();
    }

    @Test
    void computesOnANamedDaemonWorkerAndDeliversOnTheUiThread() throws Exception {
        AtomicReference<Thread> worker = new AtomicReference<>();
        AtomicReference<String> deliveredOn = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        runner.run(BackgroundJob.of("work", () -> {
            worker.set(Thread.currentThread());
            return 42;
        }).onSuccess(n -> deliveredOn.set(Thread.currentThread().getName() + "/" + n)).andFinally(done::countDown));
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(worker.get().getName()).startsWith("trustflow-worker-");
        assertThat(worker.get().isDaemon()).isTrue();
        assertThat(deliveredOn.get()).isEqualTo("ui/42");
    }

    @Test
    void anErrorGoesToTheFirstHandlerOfAMatchingType() throws Exception {
        AtomicReference<String> handled = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        runner.run(BackgroundJob.of("read", () -> {
            throw new IOException("disk gone");
        }).onError(IllegalStateException.class, e -> handled.set("wrong handler"))
                .onError(IOException.class, e -> handled.set(Thread.currentThread().getName() + ": " + e.getMessage()))
                .onError(Exception.class, e -> handled.set("too general"))
                .andFinally(done::countDown));
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(handled.get()).isEqualTo("ui: disk gone");
        assertThat(unhandled).isEmpty();
    }

    @Test
    void anUnclaimedErrorGoesToTheFallback() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        runner.run(BackgroundJob.of("boom", () -> {
            throw new IllegalStateException("broken");
        }).andFinally(done::countDown));
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        ui.submit(() -> { }).get(5, TimeUnit.SECONDS);
        assertThat(unhandled).containsExactly("boom: java.lang.IllegalStateException: broken");
    }
}
