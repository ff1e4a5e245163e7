package dev.trustflow.app.task;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.testsupport.ThreadedTasks;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The last-request-wins mechanism that run lanes and "Breach here" share (run lanes: RunServiceTest). */
class LatestOnlyTest {

    private final List<String> delivered = new CopyOnWriteArrayList<>();

    @Test
    void aResultThatArrivesAfterANewerRequestIsDropped() throws Exception {
        try (ThreadedTasks threads = new ThreadedTasks(2)) {
            LatestOnly requests = threads.fromFx(() -> new LatestOnly(threads.tasks()));
            CountDownLatch firstStarted = new CountDownLatch(1);
            CountDownLatch secondDelivered = new CountDownLatch(1);
            threads.onFx(() -> requests.request("first", () -> {
                firstStarted.countDown();
                secondDelivered.await(10, TimeUnit.SECONDS);
                return "first";
            }, delivered::add));
            assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
            threads.onFx(() -> requests.request("second", () -> "second", result -> {
                delivered.add(result);
                secondDelivered.countDown();
            }));
            threads.drain();

            assertThat(delivered).containsExactly("second");
            assertThat(threads.fromFx(requests::isRunning)).isFalse();
        }
    }

    @Test
    void withoutAnErrorHandlerTheRunnersFallbackHearsTheError() {
        SameThreadTaskRunner tasks = new SameThreadTaskRunner();
        LatestOnly requests = new LatestOnly(tasks);

        requests.<String>request("breaks", () -> {
            throw new IllegalStateException("broken");
        }, delivered::add);

        assertThat(tasks.unhandled()).extracting(Throwable::getMessage).containsExactly("broken");
        assertThat(delivered).isEmpty();
        assertThat(requests.isRunning()).isFalse();
    }

    @Test
    void cancelStopsRunningAndNothingIsDelivered() throws Exception {
        try (ThreadedTasks threads = new ThreadedTasks(1)) {
            LatestOnly requests = threads.fromFx(() -> new LatestOnly(threads.tasks()));
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch gate = new CountDownLatch(1);
            threads.onFx(() -> requests.request("cancelled", () -> {
                started.countDown();
                gate.await(10, TimeUnit.SECONDS);
                return "late";
            }, delivered::add));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            threads.onFx(requests::cancel);
            assertThat(threads.fromFx(requests::isRunning)).isFalse();
            gate.countDown();
            threads.drain();

            assertThat(delivered).isEmpty();
        }
    }
}
