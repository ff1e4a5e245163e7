package dev.trustflow.app.inspector;

import dev.trustflow.sim.scenario.Options;
import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.scenario.ScenarioRunner;
import dev.trustflow.sim.scenarios.BundledScenarios;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;

/** Real runs of the bundled scenarios that present certificates, and where their chains are. */
final class TlsRuns {

    private TlsRuns() {
    }

    /** tls-and-certificates with {@code server-cert} set to {@code serverCert}, seed 42. */
    static Trace tls(String serverCert) {
        Scenario scenario = BundledScenarios.catalog().require("tls-and-certificates");
        return new ScenarioRunner().run(scenario,
                Options.defaults(scenario.options()).with("server-cert", serverCert), 42);
    }

    /** The default run of {@code scenarioId}, seed 42. */
    static Trace defaults(String scenarioId) {
        Scenario scenario = BundledScenarios.catalog().require(scenarioId);
        return new ScenarioRunner().run(scenario, Options.defaults(scenario.options()), 42);
    }

    /** The first Certificate handshake message that carries the presented chain. */
    static TraceEvent certificateMessage(Trace trace) {
        return trace.events().stream()
                .filter(e -> EventKinds.TLS_MESSAGE.equals(e.kind()))
                .filter(e -> "certificate".equals(e.data().get("message")))
                .filter(e -> e.artifacts().stream().anyMatch(a -> Artifact.PEM_CERTIFICATE.equals(a.type())))
                .findFirst().orElseThrow();
    }
}
