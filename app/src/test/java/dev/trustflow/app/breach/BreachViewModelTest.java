package dev.trustflow.app.breach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.player.ManualTickSource;
import dev.trustflow.app.player.Player;
import dev.trustflow.app.task.SameThreadTaskRunner;
import dev.trustflow.app.testsupport.ThreadedTasks;
import dev.trustflow.app.testsupport.Traces;
import dev.trustflow.sim.blast.Reached;
import dev.trustflow.sim.scenario.ScenarioRunner;
import dev.trustflow.sim.scenarios.BundledScenarios;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "Breach here" on a real refresh-rotation run, measured by the real {@link dev.trustflow.sim.blast.Breach}. */
class BreachViewModelTest {

    private static Trace run;
    private static int beforeTheft;
    private static int revoked;

    private final Player player = new Player(new ManualTickSource());
    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final BreachViewModel breach = new BreachViewModel(player, tasks);

    @BeforeAll
    static void play() {
        run = new ScenarioRunner().run(BundledScenarios.catalog().require("refresh-rotation"), Map.of(), 7);
        beforeTheft = first(e -> e.kind().equals("attack.step")) - 1;
        revoked = first(e -> e.kind().equals("token.revoked"));
    }

    private static int first(Predicate<TraceEvent> which) {
        return run.events().stream().filter(which).findFirst().orElseThrow().seq();
    }

    @Test
    void breachingTheNotesAppBeforeTheTheftReachesTheApiAndTheAuthorizationServer() {
        player.load(run);
        player.jumpTo(beforeTheft);
        breach.breach("notes-app");
        assertThat(breach.getBreach().step()).isEqualTo(beforeTheft);
        assertThat(breach.getBreach().spread()).extracting(Reached::actor).containsExactly("notes-api", "auth-server");
        assertThat(breach.getSummary()).isEqualTo("Breach at Notes app (phone), 09:02: reaches 2 of 4 actors:"
                + " Notes API (alice's access token for notes-app),"
                + " Authorization server (alice's refresh token for notes-app)");
        assertThat(breach.getSelected()).isEqualTo("notes-app");
        assertThat(breach.measuringProperty().get()).isFalse();
        assertThat(tasks.jobsRun()).isEqualTo(1);
    }

    @Test
    void afterTheFamilyIsRevokedTheSameBreachReachesNoOneAndSaysWhy() {
        player.load(run);
        player.jumpTo(revoked);
        breach.breach("notes-app");
        assertThat(breach.getBreach().spread()).isEmpty();
        assertThat(breach.getSummary()).isEqualTo("Breach at Notes app (phone), 09:16: reaches no one else."
                + " Notes app (phone) holds no valid credential at 09:16.");
    }

    @Test
    void theKeyBreachesTheSelectedActorAndDoesNothingWithoutOne() {
        player.load(run);
        player.jumpTo(beforeTheft);
        breach.breachSelected();
        assertThat(breach.getBreach()).isNull();
        assertThat(tasks.jobsRun()).isZero();
        breach.select("notes-app");
        breach.keyActiveProperty().set(false);
        breach.breachSelected();
        assertThat(breach.getBreach()).as("B blacks out in presenter mode").isNull();
        breach.keyActiveProperty().set(true);
        breach.breachSelected();
        assertThat(breach.getBreach().entry()).isEqualTo("notes-app");
    }

    @Test
    void escAnotherStepOrAnotherTraceClearsIt() {
        player.load(run);
        player.jumpTo(beforeTheft);
        breach.breach("notes-app");
        breach.clear();
        assertThat(breach.getBreach()).isNull();
        assertThat(breach.getSummary()).isEmpty();

        breach.breach("notes-app");
        player.stepForward();
        assertThat(breach.getBreach()).isNull();
        assertThat(breach.getSummary()).isEmpty();
        assertThat(breach.getSelected()).as("the selection stays for the next step").isEqualTo("notes-app");

        breach.breach("notes-app");
        player.load(Traces.courier());
        assertThat(breach.getBreach()).isNull();
        assertThat(breach.getSelected()).isNull();
    }

    @Test
    void anActorTheRunDoesNotHaveIsNotBreached() {
        player.load(run);
        breach.breach("nobody");
        assertThat(breach.getBreach()).isNull();
        assertThat(tasks.jobsRun()).isZero();
    }

    @Test
    void measuredOffTheFxThreadAndDroppedWhenTheStepMovesMeanwhile() throws Exception {
        try (ThreadedTasks threads = new ThreadedTasks(1)) {
            BreachViewModel onWorkers = threads.fromFx(() -> new BreachViewModel(player, threads.tasks()));
            threads.onFx(() -> {
                player.load(run);
                player.jumpTo(beforeTheft);
                onWorkers.breach("notes-app");
                // the result cannot have been delivered yet: delivery runs on this thread, after this block
                assertThat(onWorkers.measuringProperty().get()).isTrue();
                assertThat(onWorkers.getBreach()).isNull();
                player.stepForward();
                onWorkers.breach("notes-app");
            });
            threads.drain();
            assertThat(threads.fromFx(onWorkers::getBreach).step()).isEqualTo(beforeTheft + 1);
            assertThat(threads.fromFx(() -> onWorkers.measuringProperty().get())).isFalse();
            assertThat(threads.unhandled()).isEmpty();
        }
    }
}
