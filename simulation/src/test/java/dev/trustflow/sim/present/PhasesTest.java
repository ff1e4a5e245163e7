package dev.trustflow.sim.present;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.trace.DataKeys;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.trace.PhaseStart;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceCodec;
import dev.trustflow.sim.trace.TraceEvent;
import dev.trustflow.sim.world.Topology;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhasesTest {

    private static final Instant T0 = Instant.parse("2026-01-01T09:00:00Z");

    /** Events 0..size-1, a clock jump of {@code jumps[i]} days at the seqs {@code at}. */
    private static Trace trace(int size, List<PhaseStart> phases, int... jumpsAt) {
        List<TraceEvent> events = new ArrayList<>();
        Instant now = T0;
        for (int seq = 0; seq < size; seq++) {
            final int s = seq;
            boolean jump = java.util.Arrays.stream(jumpsAt).anyMatch(j -> j == s);
            if (jump) {
                Duration by = Duration.ofDays(31);
                events.add(new TraceEvent(seq, now.plus(by), EventKinds.CLOCK_JUMP, "a", null, "later",
                        Map.of(DataKeys.FROM, now.toString(), DataKeys.BY, by.toString()), List.of()));
                now = now.plus(by);
            } else {
                events.add(new TraceEvent(seq, now, EventKinds.NOTE, "a", null, "step " + seq, Map.of(), List.of()));
            }
        }
        return new Trace(Trace.FORMAT, "demo", "Demo", 1, Map.of(), Topology.empty(), phases, events, Map.of());
    }

    @Test
    void declaredPhasesRunUntilTheNextOneStarts() {
        List<Phase> phases = Phases.of(trace(10, List.of(new PhaseStart(0, "Sign-in"), new PhaseStart(4, "Theft"))));

        assertThat(phases).containsExactly(new Phase("Sign-in", 0, 3, true), new Phase("Theft", 4, 9, true));
    }

    @Test
    void aClockJumpStartsAPhaseTitledByHowFarItGoes() {
        List<Phase> phases = Phases.of(trace(8, List.of(new PhaseStart(0, "Sign-in")), 5));

        assertThat(phases).containsExactly(new Phase("Sign-in", 0, 4, true),
                new Phase("31 days later", 5, 7, false));
    }

    @Test
    void aPhaseDeclaredAtAJumpOrJustAfterItTitlesTheJump() {
        assertThat(Phases.of(trace(8, List.of(new PhaseStart(5, "Reuse")), 5)))
                .containsExactly(new Phase(Phases.START, 0, 4, false), new Phase("Reuse", 5, 7, true));
        assertThat(Phases.of(trace(8, List.of(new PhaseStart(6, "Reuse")), 5)))
                .containsExactly(new Phase(Phases.START, 0, 4, false), new Phase("Reuse", 5, 7, true));
    }

    @Test
    void phasesCoverEveryEventOnceInOrder() {
        Trace trace = trace(30, List.of(new PhaseStart(3, "A"), new PhaseStart(11, "B")), 7, 11, 20, 29);
        List<Phase> phases = Phases.of(trace);

        assertThat(phases.get(0).first()).isZero();
        assertThat(phases.get(phases.size() - 1).last()).isEqualTo(29);
        for (int i = 1; i < phases.size(); i++) {
            assertThat(phases.get(i).first()).isEqualTo(phases.get(i - 1).last() + 1);
        }
        assertThat(phases).extracting(Phase::title)
                .containsExactly(Phases.START, "A", "31 days later", "B", "31 days later", "31 days later");
        assertThat(Phases.indexOf(phases, 12)).isEqualTo(3);
        assertThat(Phases.indexOf(phases, -1)).isEqualTo(-1);
    }

    @Test
    void aTraceWithNoPhasesAndNoJumpsIsOnePhaseAndAnEmptyTraceNone() {
        assertThat(Phases.of(trace(4, List.of()))).containsExactly(new Phase(Phases.START, 0, 3, false));
        assertThat(Phases.of(trace(0, List.of()))).isEmpty();
    }

    @Test
    void aFormatOneTraceIsDividedByItsClockJumps() throws Exception {
        Trace trace = new TraceCodec().read(Path.of(getClass().getResource(
                "/traces/format1-oauth-code-pkce.json").toURI()));
        List<Phase> phases = Phases.of(trace);

        assertThat(trace.phases()).isEmpty();
        assertThat(phases).extracting(Phase::title)
                .containsExactly(Phases.START, "10 minutes later", "10 minutes later");
        assertThat(phases).allSatisfy(p -> assertThat(p.declared()).isFalse());
        assertThat(phases.subList(1, phases.size())).allSatisfy(
                p -> assertThat(trace.event(p.first()).kind()).isEqualTo(EventKinds.CLOCK_JUMP));
    }
}
