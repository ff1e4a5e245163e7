package dev.trustflow.bench;

import dev.trustflow.sim.scenario.Options;
import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.scenario.ScenarioCatalog;
import dev.trustflow.sim.scenario.ScenarioRunner;
import dev.trustflow.sim.scenarios.BundledScenarios;
import dev.trustflow.sim.trace.Trace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * tokens, checks, trace), as the app does on every what-if toggle. By default every bundled scenario, one
 * after the other; pick some with {@code -p scenario=ID,ID}. A warm run is budgeted at 50 ms or less (issue 9).
 *
 * <p>JMH needs the parameter values as literals, so {@link #scenario} lists the ids; the setup fails, naming
 * them, if that list and {@code BundledScenarios.catalog()} ever disagree, so a new scenario cannot go
 * unmeasured. Each trial (one scenario) has one {@link ScenarioRunner}, as a window or command keeps one: its
 * RSA key cache is filled during warm-up and shared by the measured runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ScenarioRunBenchmark {

    @Param({"security-goals", "hash-mac-signature", "replay", "authn-vs-authz", "jwt-anatomy", "sessions-vs-tokens",
            "oauth-code-pkce", "client-credentials", "oidc-and-sso", "refresh-rotation", "api-keys",
            "mfa-and-rate-limits", "tls-and-certificates", "mtls-workload-identity", "perimeter-vs-zero-trust",
            "blast-radius", "authorization-models", "secrets-management", "encryption-layers", "design-mistakes"})
    public String scenario;

    private final ScenarioRunner runner = new ScenarioRunner();
    private Scenario chosen;
    private Options options;
    private long seed;

    @Setup
    public void setUp() throws NoSuchFieldException {
        ScenarioCatalog catalog = BundledScenarios.catalog();
        List<String> bundled = catalog.all().stream().map(Scenario::id).toList();
        List<String> declared = Arrays.asList(getClass().getField("scenario").getAnnotation(Param.class).value());
        if (!bundled.equals(declared)) {
            List<String> missing = new ArrayList<>(bundled);
            missing.removeAll(declared);
            List<String> stale = new ArrayList<>(declared);
            stale.removeAll(bundled);
            throw new IllegalStateException("ScenarioRunBenchmark's @Param list is not the catalog: missing "
                    + missing + ", no longer bundled " + stale + ", catalog order " + bundled);
        }
        chosen = catalog.find(scenario).orElseThrow(() -> new IllegalArgumentException(
                "unknown scenario '" + scenario + "' (-p scenario=...); known: " + String.join(", ", bundled)));
        options = Options.defaults(chosen.options());
    }

    @Benchmark
    public Trace run() {
        return runner.run(chosen, options, seed++);
    }
}
