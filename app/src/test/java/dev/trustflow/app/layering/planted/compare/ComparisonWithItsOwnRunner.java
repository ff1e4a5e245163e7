package dev.trustflow.app.layering.planted.compare;

import dev.trustflow.sim.scenario.ScenarioRunner;

/** Planted violation: a window that makes its own scenario runner (and so its own RSA keys). */
public final class ComparisonWithItsOwnRunner {

    private final ScenarioRunner runner = new ScenarioRunner();

    public ScenarioRunner runner() {
        return runner;
    }
}
