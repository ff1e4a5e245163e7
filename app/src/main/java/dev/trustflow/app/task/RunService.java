package dev.trustflow.app.task;

import dev.trustflow.sim.scenario.RecordedRun;
import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.scenario.ScenarioRunner;
import dev.trustflow.sim.trace.Trace;
import java.util.Objects;

/**
 * The app's one way to run scenarios, for the main window, the comparison and anything else that shows a run.
 * It holds the app's one {@link ScenarioRunner} (so RSA keys are generated once, not once per window), runs
 * every simulation as a {@link BackgroundJob} of the {@link TaskRunner} (in the app: on worker threads, never on
 * the FX thread), and hands each client a {@link RunLane} in which the last request wins.
 */
public final class RunService {

    private final ScenarioRunner runner;
    private final TaskRunner tasks;

    public RunService(ScenarioRunner runner, TaskRunner tasks) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
    }

    /** A new lane for one view's runs (the main window's session, one comparison): the last request wins. */
    public RunLane lane() {
        return new RunLane(runner, tasks);
    }

    /**
     * Runs {@code trace}'s scenario again, with its options and seed, on the calling thread (a worker, never the
     * FX thread), for what a trace does not hold: the TLS connections with their records and secrets.
     */
    public RecordedRun rerun(Scenario scenario, Trace trace) {
        return runner.rerun(scenario, trace);
    }
}
