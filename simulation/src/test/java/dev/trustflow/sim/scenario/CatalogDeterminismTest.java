package dev.trustflow.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.scenarios.BundledScenarios;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceCodec;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every scenario in the catalog, with its defaults and with each choice and flag flipped one at a time. */
class CatalogDeterminismTest {

    private final TraceCodec codec = new TraceCodec();

    @Test
    void sameSeedSameStoryAndTracesRoundTrip() throws Exception {
        for (Scenario scenario : BundledScenarios.catalog().all()) {
            for (Map<String, String> options : Variants.of(scenario)) {
                Trace first = TraceFacts.run(scenario, options, 42);
                Trace second = TraceFacts.run(scenario, options, 42);

                assertThat(first.events()).as(scenario.id() + " " + options).isNotEmpty();
                assertThat(TraceFacts.outline(second)).as(scenario.id() + " " + options)
                        .isEqualTo(TraceFacts.outline(first));
                assertThat(codec.parse(codec.toJson(first), scenario.id())).as(scenario.id() + " " + options)
                        .isEqualTo(first);
            }
        }
    }
}
