package dev.trustflow.sim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The option sets a contract test runs a scenario with: its defaults, then each choice and flag one at a time. */
final class Variants {

    private Variants() {
    }

    static List<Map<String, String>> of(Scenario scenario) {
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
