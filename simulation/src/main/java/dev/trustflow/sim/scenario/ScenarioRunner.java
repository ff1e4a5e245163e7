package dev.trustflow.sim.scenario;

import dev.trustflow.sim.clock.VirtualClock;
import dev.trustflow.sim.crypto.jwt.RsaKeyCache;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.trace.Trace;
import java.util.Map;

/**
 * Turns (scenario, options, seed) into a trace. Safe to call from any thread; never call it on the FX thread.
 * A runner owns the {@link RsaKeyCache} its runs share: keep one runner per app or command, so RSA keys are
 * generated once, not per run.
 */
public final class ScenarioRunner {

    private final RsaKeyCache rsaKeys;

    public ScenarioRunner() {
        this(new RsaKeyCache());
    }

    public ScenarioRunner(RsaKeyCache rsaKeys) {
        this.rsaKeys = rsaKeys;
    }

    public Trace run(Scenario scenario, Options options, long seed) {
        return runRecorded(scenario, options, seed).trace();
    }

    /** Runs like {@link #run(Scenario, Options, long)} and also returns the TLS connections the run opened. */
    public RecordedRun runRecorded(Scenario scenario, Options options, long seed) {
        Simulation sim = new Simulation(seed, new VirtualClock(), rsaKeys);
        scenario.play(sim, options);
        Trace trace = new Trace(Trace.FORMAT, scenario.id(), scenario.title(), seed, options.asJson(),
                sim.world().build(), sim.phases(), sim.events(), sim.summary());
        return new RecordedRun(trace, sim.tlsConnections().connections());
    }

    /**
     * Runs {@code trace}'s scenario again with its options and seed, for what the trace does not hold (its TLS
     * connections). The story is the same (runs are deterministic); key material and randoms are new, since they
     * come from the run's {@code secure()} stream.
     */
    public RecordedRun rerun(Scenario scenario, Trace trace) {
        if (!scenario.id().equals(trace.scenario())) {
            throw new IllegalArgumentException("the trace is a run of " + trace.scenario() + ", not " + scenario.id());
        }
        return runRecorded(scenario, Options.defaults(scenario.options()).with(trace.options()), trace.seed());
    }

    public Trace run(Scenario scenario, Map<String, String> rawOptions, long seed) {
        return run(scenario, Options.defaults(scenario.options()).withRaw(rawOptions), seed);
    }
}
