package dev.trustflow.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.check.CheckExplanations;
import dev.trustflow.sim.scenario.OptionSpec;
import dev.trustflow.sim.scenario.OptionType;
import dev.trustflow.sim.scenario.Options;
import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.scenario.ScenarioRunner;
import dev.trustflow.sim.scenarios.BundledScenarios;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The inspector on every catalogue scenario, with each choice or flag of each option varied from the defaults:
 * every event can be shown, every check in a report is explained, every JWT artifact decodes or says why not,
 * every PEM certificate is read into the chain view.
 */
class InspectorOnScenariosTest {

    static Stream<Arguments> runs() {
        List<Arguments> runs = new ArrayList<>();
        for (Scenario scenario : BundledScenarios.catalog().all()) {
            Options defaults = Options.defaults(scenario.options());
            runs.add(Arguments.of(scenario.id(), "defaults", defaults));
            for (OptionSpec spec : scenario.options()) {
                for (Object value : values(spec)) {
                    if (!value.equals(spec.defaultValue())) {
                        runs.add(Arguments.of(scenario.id(), spec.key() + "=" + value, defaults.with(spec.key(), value)));
                    }
                }
            }
        }
        return runs.stream();
    }

    private static List<Object> values(OptionSpec spec) {
        if (spec.type() == OptionType.BOOLEAN) {
            return List.of(true, false);
        }
        return spec.type() == OptionType.CHOICE ? List.copyOf(spec.choices()) : List.of();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("runs")
    void everyEventOfTheRunCanBeInspected(String scenarioId, String variant, Options options) {
        Trace trace = new ScenarioRunner().run(BundledScenarios.catalog().require(scenarioId), options, 42);
        InspectorViewModel vm = new InspectorViewModel(CheckExplanations.bundled(), Runnable::run, Runnable::run,
                text -> { });
        for (TraceEvent event : trace.events()) {
            vm.show(trace, event);
            assertThat(vm.checkRows()).allSatisfy(row ->
                    assertThat(row.explanation()).as("explanation of %s at event %d", row.id(), event.seq()).isNotNull());
            if (event.isCheck()) {
                assertThat(vm.checkRows()).filteredOn(CheckRow::current).hasSize(1);
            }
            long certificates = event.artifacts().stream().filter(a -> Artifact.PEM_CERTIFICATE.equals(a.type()))
                    .count();
            assertThat(vm.chainRows()).as("event %d: its certificates, each read", event.seq())
                    .hasSize((int) certificates).allMatch(row -> row.certificate() != null);
            for (Artifact artifact : event.artifacts()) {
                vm.selectedArtifactProperty().set(artifact);
                assertThat(vm.rawTextProperty().get()).isEqualTo(artifact.text());
                if (Artifact.JWT.equals(artifact.type())) {
                    assertThat(vm.tokenProperty().get() != null ^ !vm.tokenProblemProperty().get().isEmpty())
                            .as("event %d %s: decoded, or a reason why not", event.seq(), artifact.label()).isTrue();
                }
            }
        }
    }
}
