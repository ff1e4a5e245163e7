package dev.trustflow.app.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.entry.BrowserEntry;
import dev.trustflow.app.notice.Notifications;
import dev.trustflow.app.player.ManualTickSource;
import dev.trustflow.app.player.Player;
import dev.trustflow.app.task.RunService;
import dev.trustflow.app.testsupport.CourierScenario;
import dev.trustflow.app.testsupport.ThreadedTasks;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.scenario.OptionSpec;
import dev.trustflow.sim.scenario.Options;
import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.scenario.ScenarioRunner;
import dev.trustflow.sim.trace.Trace;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The session's runs on real worker threads: a what-if flipped twice quickly shows the last run, never a stale one. */
class ScenarioSessionRunsTest {

    private final ThreadedTasks threads = new ThreadedTasks(2);
    private final Player player = new Player(new ManualTickSource());
    private final Notifications notices = new Notifications();
    private final ScenarioSession session = new ScenarioSession(
            new RunService(new ScenarioRunner(), threads.tasks()), player, notices);
    private final GatedCourier courier = new GatedCourier();
    private final List<Trace> shown = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstShown = new CountDownLatch(1);
    private final CountDownLatch latestDone = new CountDownLatch(1);

    @AfterEach
    void stop() {
        threads.close();
    }

    @Test
    void aWhatIfFlippedTwiceQuicklyShowsTheLastRunNotTheStaleOne() throws Exception {
        BrowserEntry entry = BrowserEntry.of(courier);
        threads.onFx(() -> {
            player.traceProperty().addListener((obs, old, trace) -> {
                shown.add(trace);
                firstShown.countDown();
            });
            session.entries().add(entry);
            session.select(entry);
        });
        assertThat(firstShown.await(10, TimeUnit.SECONDS)).isTrue();
        Trace untampered = threads.fromFx(player::getTrace);

        threads.onFx(() -> {
            session.runningProperty().addListener((obs, was, running) -> {
                if (!running) {
                    latestDone.countDown();
                }
            });
            session.setOption("tamper", true);
        });
        assertThat(courier.tamperedRunStarted.await(10, TimeUnit.SECONDS)).isTrue();
        threads.onFx(() -> session.setOption("tamper", false));
        assertThat(latestDone.await(10, TimeUnit.SECONDS)).as("the second flip's run is delivered").isTrue();
        courier.gate.countDown();
        threads.drain();

        assertThat(courier.tamperedRunEnded).as("the stale run really ended, after the latest").isTrue();
        assertThat(shown).as("the stale tampered trace never reached the player").containsExactly(untampered);
        assertThat(threads.fromFx(player::getTrace).options()).containsEntry("tamper", false);
        assertThat(threads.fromFx(session::options).flag("tamper")).isFalse();
        assertThat(threads.fromFx(() -> session.runningProperty().get())).isFalse();
        assertThat(threads.unhandled()).isEmpty();
        assertThat(threads.fromFx(notices::getCurrent)).isNull();
    }

    /** The courier, whose tampered run waits at a gate until the test opens it (after the next run is shown). */
    private static final class GatedCourier implements Scenario {

        private final CourierScenario courier = new CourierScenario();
        final CountDownLatch tamperedRunStarted = new CountDownLatch(1);
        final CountDownLatch gate = new CountDownLatch(1);
        volatile boolean tamperedRunEnded;

        @Override
        public String id() {
            return courier.id();
        }

        @Override
        public String title() {
            return courier.title();
        }

        @Override
        public String description() {
            return courier.description();
        }

        @Override
        public List<OptionSpec> options() {
            return courier.options();
        }

        @Override
        public void play(Simulation sim, Options options) {
            if (options.flag("tamper")) {
                tamperedRunStarted.countDown();
                try {
                    if (!gate.await(10, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the gate never opened");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            courier.play(sim, options);
            tamperedRunEnded |= options.flag("tamper");
        }
    }
}
