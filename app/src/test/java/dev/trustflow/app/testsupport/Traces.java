package dev.trustflow.app.testsupport;

import dev.trustflow.sim.scenario.Options;
import dev.trustflow.sim.scenario.ScenarioRunner;
import dev.trustflow.sim.trace.Trace;
import java.util.Map;

/** Real traces for tests, from {@link CourierScenario}. */
public final class Traces {

    private Traces() {
    }

    public static Trace courier() {
        return courier(Map.of());
    }

    public static Trace courier(Map<String, ?> options) {
        CourierScenario scenario = new CourierScenario();
        return new ScenarioRunner().run(scenario, Options.defaults(scenario.options()).with(options), 7L);
    }
}
