package dev.trustflow.app;

import dev.trustflow.app.learn.Learning;
import dev.trustflow.sim.check.CheckExplanations;
import dev.trustflow.sim.scenario.Scenario;
import java.util.List;
import java.util.Optional;

/**
 * What the app reads before it can build its main window: the scenarios, the bundled check explanations and,
 * for the app a user runs, the settings and progress already read from the user's folder. Loaded on a worker
 * thread while the boot screen is painted.
 */
record StartupData(List<Scenario> scenarios, CheckExplanations explanations, Optional<Learning> learning) {

    StartupData {
        scenarios = List.copyOf(scenarios);
    }
}
