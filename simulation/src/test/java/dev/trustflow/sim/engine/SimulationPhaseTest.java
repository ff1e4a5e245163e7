package dev.trustflow.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustflow.sim.trace.PhaseStart;
import dev.trustflow.sim.world.ActorKind;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SimulationPhaseTest {

    private static Simulation sim() {
        Simulation sim = new Simulation(1);
        sim.world().actor("alice", "Alice", ActorKind.USER, "internet");
        return sim;
    }

    private static void note(Simulation sim) {
        sim.event("note.shown", "alice").caption("something").emit();
    }

    @Test
    void aPhaseStartsAtTheNextEventAndRecordsNoEventOfItsOwn() {
        Simulation sim = sim();
        note(sim);
        sim.phase("Sign-in");
        note(sim);
        note(sim);
        sim.phase("Later on");
        sim.jump(Duration.ofDays(31), "alice", "31 days later");

        assertThat(sim.events()).hasSize(4);
        assertThat(sim.phases()).containsExactly(new PhaseStart(1, "Sign-in"), new PhaseStart(3, "Later on"));
    }

    @Test
    void aSecondTitleBeforeAnyEventReplacesTheFirstAndATitleAfterTheLastEventIsDropped() {
        Simulation sim = sim();
        sim.phase("First idea");
        sim.phase(" Sign-in ");
        note(sim);
        sim.phase("Nothing follows");

        assertThat(sim.phases()).containsExactly(new PhaseStart(0, "Sign-in"));
    }

    @Test
    void theTitleOfThePhaseAlreadyRunningContinuesIt() {
        Simulation sim = sim();
        sim.phase("Sign-in");
        note(sim);
        sim.phase("Sign-in");
        note(sim);

        assertThat(sim.phases()).containsExactly(new PhaseStart(0, "Sign-in"));
    }

    @Test
    void aPhaseNeedsATitle() {
        assertThatThrownBy(() -> sim().phase(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
