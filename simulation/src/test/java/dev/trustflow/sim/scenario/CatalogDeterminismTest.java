package dev.trustflow.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.scenarios.BundledScenarios;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceCodec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every scenario in the catalog, with its defaults and with each choice and flag flipped one at a time. */
class CatalogDeterminismTest {

    private final TraceCodec codec = new TraceCodec();

    @Test
    void sameSeedSameStoryAndTracesRoundTrip() throws Exception {
        for (Scenario scenario : BundledScenarios.catalog().all()) {
            for (Map<String, String> options : variants(scenario)) {
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

    private static List<Map<String, String>> variants(Scenario scenario) {
        List<Map<String, String>> variants = new ArrayList<>();
        variants.add(Map.of());
        for (OptionSpec spec : scenario.options()) {
            List<String> values = switch (spec.type()) {
                case CHOICE -> spec.choices();
                case BOOLEAN -> List.of("true", "false");
                default -> List.of();
            };
            for (String value : values) {
                Map<String, String> one = new LinkedHashMap<>();
                one.put(spec.key(), value);
                variants.add(one);
            }
        }
        return variants;
    }
}
