package dev.trustflow.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.present.Phase;
import dev.trustflow.sim.present.Phases;
import dev.trustflow.sim.scenarios.BundledScenarios;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceCodec;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Long runs are told in titled phases, under every what-if value: a run of more than {@value #LONG} events has at
 * least three, most of them declared by its scenario; every title fits a timeline group; the phases survive a
 * save and reload.
 */
class PhaseContractTest {

    static final int LONG = 50;
    static final int MAX_TITLE = 32;

    static Stream<Object[]> runs() {
        return BundledScenarios.catalog().all().stream()
                .flatMap(s -> Variants.of(s).stream().map(o -> new Object[] {s.id(), o}));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("runs")
    void longRunsHaveShortTitledPhasesThatSurviveASave(String id, Map<String, String> options) throws Exception {
        Trace trace = TraceFacts.run(BundledScenarios.catalog().require(id), options, 42);
        List<Phase> phases = Phases.of(trace);
        String where = id + " " + options;

        assertThat(phases).as(where).allSatisfy(p -> assertThat(p.title()).as(where).isNotBlank()
                .hasSizeLessThanOrEqualTo(MAX_TITLE));
        if (trace.size() > LONG) {
            assertThat(phases).as(where + ": a long run reads in phases").hasSizeGreaterThanOrEqualTo(3);
            assertThat(phases.stream().filter(Phase::declared).count()).as(where + ": titled by its scenario")
                    .isGreaterThanOrEqualTo(phases.size() / 2 + 1);
        }
        TraceCodec codec = new TraceCodec();
        assertThat(Phases.of(codec.parse(codec.toJson(trace), id + ".json"))).as(where).isEqualTo(phases);
    }
}
