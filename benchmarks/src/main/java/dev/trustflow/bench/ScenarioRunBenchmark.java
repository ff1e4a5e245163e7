package dev.trustflow.bench;

import dev.trustflow.sim.scenario.Options;
import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.scenario.ScenarioCatalog;
import dev.trustflow.sim.scenario.ScenarioRunner;
import dev.trustflow.sim.scenarios.BundledScenarios;
import dev.trustflow.sim.trace.Trace;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A whole headless run of one scenario with its default options ({@code ScenarioRunner.run}: world, keys,
 * tokens, checks, trace), as the app does on every what-if toggle. Pick the scenario with
 * {@code -p scenario=ID}; DESIGN budgets a warm run at 50 ms or less.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ScenarioRunBenchmark {

    @Param("jwt-anatomy")
    public String scenario;

    private final ScenarioRunner runner = new ScenarioRunner();
    private Scenario chosen;
    private Options options;
    private long seed;

    @Setup
    public void setUp() {
        ScenarioCatalog catalog = BundledScenarios.catalog();
        chosen = catalog.find(scenario).orElseThrow(() -> new IllegalArgumentException(
                "unknown scenario '" + scenario + "' (-p scenario=...); known: " + (catalog.all().isEmpty()
                        ? "none, this build ships no scenarios"
                        : String.join(", ", catalog.all().stream().map(Scenario::id).toList()))));
        options = Options.defaults(chosen.options());
    }

    @Benchmark
    public Trace run() {
        return runner.run(chosen, options, seed++);
    }
}
