package dev.trustflow.sim.scenarios.credentials;

import dev.trustflow.sim.scenario.ScenarioRunner;
import dev.trustflow.sim.scenarios.BundledScenarios;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs a scenario from the catalog and picks events out of its trace, for the tests of this package. */
final class Runs {

    private Runs() {
    }

    static Trace run(String scenario, String... keyValues) {
        return run(scenario, 42, keyValues);
    }

    static Trace run(String scenario, long seed, String... keyValues) {
        Map<String, String> raw = new LinkedHashMap<>();
        for (String kv : keyValues) {
            String[] parts = kv.split("=", 2);
            raw.put(parts[0], parts[1]);
        }
        return new ScenarioRunner().run(BundledScenarios.catalog().require(scenario), raw, seed);
    }

    static List<TraceEvent> kind(Trace trace, String kind) {
        return trace.events().stream().filter(e -> e.kind().equals(kind)).toList();
    }

    static List<TraceEvent> failed(Trace trace, String check) {
        return trace.events().stream().filter(e -> e.kind().equals("check.fail"))
                .filter(e -> e.check().map(check::equals).orElse(false)).toList();
    }

    static List<TraceEvent> passed(Trace trace, String check) {
        return trace.events().stream().filter(e -> e.kind().equals("check.pass"))
                .filter(e -> e.check().map(check::equals).orElse(false)).toList();
    }

    /** The attack step event with {@code data.step == step} (the last one when there are several). */
    static Optional<TraceEvent> attack(Trace trace, String step) {
        return trace.events().stream().filter(e -> e.kind().equals("attack.step"))
                .filter(e -> e.text("step").map(step::equals).orElse(false))
                .reduce((a, b) -> b);
    }

    static List<TraceEvent> attacks(Trace trace, String step) {
        return trace.events().stream().filter(e -> e.kind().equals("attack.step"))
                .filter(e -> e.text("step").map(step::equals).orElse(false)).toList();
    }

    static List<TraceEvent> responsesTo(Trace trace, String actor) {
        return trace.events().stream().filter(e -> e.kind().equals("http.response"))
                .filter(e -> actor.equals(e.target())).toList();
    }

    static int seqOf(Trace trace, String kind) {
        return trace.events().stream().filter(e -> e.kind().equals(kind)).findFirst().orElseThrow().seq();
    }
}
