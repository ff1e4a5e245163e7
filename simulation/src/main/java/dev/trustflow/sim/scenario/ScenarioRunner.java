package dev.trustflow.sim.scenario;

import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.trace.Trace;
import java.util.Map;

/** Turns (scenario, options, seed) into a trace. Safe to call from any thread; never call it on the FX thread. */
public final class ScenarioRunner {

    public Trace run(Scenario scenario, Options options, long seed) {
        Simulation sim = new Simulation(seed);
        scenario.play(sim, options);
        sim.scheduler().runUntilIdle();
        return new Trace(Trace.FORMAT, scenario.id(), scenario.title(), seed, options.asJson(),
                sim.world().build(), sim.events(), sim.summary());
    }

    public Trace run(Scenario scenario, Map<String, String> rawOptions, long seed) {
        return run(scenario, Options.defaults(scenario.options()).withRaw(rawOptions), seed);
    }
}
