package dev.trustflow.app.task;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.testsupport.CapturedLog;
import dev.trustflow.app.testsupport.ThreadedTasks;
import dev.trustflow.sim.scenario.ScenarioRunner;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RunServiceTest {

    private final ThreadedTasks threads = new ThreadedTasks(2);
    private final RunService runs = new RunService(new ScenarioRunner(), threads.tasks());
    private final List<String> delivered = new CopyOnWriteArrayList<>();
    private final List<String> ranOn = new CopyOnWriteArrayList<>();
    private final List<String> ran = new CopyOnWriteArrayList<>();
    private final List<RuntimeException> errors = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        threads.close();
    }

    @Test
    void aRunThatEndsAfterANewerOneIsDroppedAndNeitherRunsOnTheFxThread() throws Exception {
        RunLane lane = runs.lane();
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch secondDelivered = new CountDownLatch(1);
        threads.onFx(() -> lane.request("first", runner -> {
            ranOn.add(Thread.currentThread().getName());
            firstStarted.countDown();
            await(secondDelivered);
            return "first";
        }, delivered::add, errors::add));
        assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();

        threads.onFx(() -> lane.request("second", runner -> {
            ranOn.add(Thread.currentThread().getName());
            return "second";
        }, result -> {
            delivered.add(result);
            secondDelivered.countDown();
        }, errors::add));
        threads.drain();

        assertThat(delivered).containsExactly("second");
        assertThat(errors).isEmpty();
        assertThat(threads.unhandled()).isEmpty();
        assertThat(ranOn).hasSize(2).doesNotContain(ThreadedTasks.FX_STAND_IN);
        assertThat(threads.fromFx(lane::isRunning)).isFalse();
    }

    @Test
    void aRequestReplacedBeforeItStartsNeverRuns() throws Exception {
        try (ThreadedTasks oneWorker = new ThreadedTasks(1)) {
            RunLane lane = new RunService(new ScenarioRunner(), oneWorker.tasks()).lane();
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch gate = new CountDownLatch(1);
            oneWorker.onFx(() -> lane.request("blocked", runner -> {
                started.countDown();
                return record("blocked", gate);
            }, delivered::add, errors::add));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            oneWorker.onFx(() -> {
                lane.request("replaced", runner -> record("replaced", null), delivered::add, errors::add);
                lane.request("latest", runner -> record("latest", null), delivered::add, errors::add);
            });
            gate.countDown();
            oneWorker.drain();

            assertThat(ran).containsExactly("blocked", "latest");
            assertThat(delivered).containsExactly("latest");
        }
    }

    @Test
    void cancelDropsWhatIsRunningAndStopsRunning() throws Exception {
        RunLane lane = runs.lane();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch gate = new CountDownLatch(1);
        threads.onFx(() -> lane.request("dropped", runner -> {
            started.countDown();
            return record("dropped", gate);
        }, delivered::add, errors::add));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(threads.fromFx(lane::isRunning)).isTrue();
        threads.onFx(lane::cancel);
        assertThat(threads.fromFx(lane::isRunning)).isFalse();
        gate.countDown();
        threads.drain();

        assertThat(ran).containsExactly("dropped");
        assertThat(delivered).isEmpty();
    }

    @Test
    void onlyTheLatestRequestsErrorIsReported() throws Exception {
        RunLane lane = runs.lane();
        CountDownLatch gate = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        try (CapturedLog log = CapturedLog.of(RunLane.class)) {
            threads.onFx(() -> lane.<String>request("stale failure", runner -> {
                started.countDown();
                await(gate);
                throw new IllegalStateException("stale");
            }, delivered::add, errors::add));
            // the stale run must have begun: a run that has not started when it is replaced never runs at all
            await(started);
            threads.onFx(() -> lane.<String>request("latest failure", runner -> {
                throw new IllegalStateException("latest");
            }, delivered::add, errors::add));
            gate.countDown();
            threads.drain();

            assertThat(log.messages()).containsExactly("stale failure failed after it was replaced");
        }
        assertThat(errors).extracting(RuntimeException::getMessage).containsExactly("latest");
        assertThat(delivered).isEmpty();
        assertThat(threads.unhandled()).isEmpty();
    }

    @Test
    void lanesDoNotReplaceEachOthersRuns() throws Exception {
        RunLane main = runs.lane();
        RunLane comparison = runs.lane();
        threads.onFx(() -> {
            main.request("main", runner -> "main", delivered::add, errors::add);
            comparison.request("comparison", runner -> "comparison", delivered::add, errors::add);
        });
        threads.drain();

        assertThat(delivered).containsExactlyInAnyOrder("main", "comparison");
    }

    private String record(String name, CountDownLatch gate) {
        ran.add(name);
        if (gate != null) {
            await(gate);
        }
        return name;
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
