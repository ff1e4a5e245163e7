package dev.trustflow.app.handshake;

import dev.trustflow.sim.scenario.Options;
import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.scenario.ScenarioRunner;
import dev.trustflow.sim.scenarios.BundledScenarios;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;

/** A real recorded run of tls-and-certificates (its defaults, seed 42) and its handshake messages by name. */
final class HandshakeRuns {

    final Trace trace;

    HandshakeRuns() {
        Scenario scenario = BundledScenarios.catalog().require("tls-and-certificates");
        trace = new ScenarioRunner().run(scenario, Options.defaults(scenario.options()), 42);
    }

    /** The first {@code tls.message} whose message is {@code type}. */
    TraceEvent message(String type) {
        return trace.events().stream().filter(e -> EventKinds.TLS_MESSAGE.equals(e.kind()))
                .filter(e -> type.equals(e.data().get("message"))).findFirst().orElseThrow();
    }

    /** The first event of {@code kind}. */
    TraceEvent first(String kind) {
        return trace.events().stream().filter(e -> kind.equals(e.kind())).findFirst().orElseThrow();
    }
}
