package dev.trustflow.sim.scenario;

import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the facts tests assert on out of a trace: failed checks, the answer a caller got, the run's outline. */
public final class TraceFacts {

    private TraceFacts() {
    }

    public static Trace run(Scenario scenario, Map<String, String> options, long seed) {
        return new ScenarioRunner().run(scenario, options, seed);
    }

    /** The ids of every {@code check.fail}, in order. */
    public static List<String> failedChecks(Trace trace) {
        return trace.events().stream().filter(e -> e.kind().equals("check.fail"))
                .map(e -> e.check().orElseThrow()).toList();
    }

    /** The status of the last {@code http.response} sent to {@code actor}. */
    public static Optional<Integer> lastStatusTo(Trace trace, String actor) {
        return trace.events().stream()
                .filter(e -> e.kind().equals("http.response") && actor.equals(e.target()))
                .reduce((a, b) -> b)
                .flatMap(TraceEvent::status);
    }

    public static List<TraceEvent> ofKind(Trace trace, String kind) {
        return trace.events().stream().filter(e -> e.kind().equals(kind)).toList();
    }

    /** What must not change between two runs with the same seed: kinds, actors, targets, captions, checks. */
    public static List<String> outline(Trace trace) {
        return trace.events().stream()
                .map(e -> String.join(" | ", e.kind(), e.actor(), String.valueOf(e.target()), e.caption(),
                        e.check().orElse("-"), e.text("passed").orElse("-"), e.text("status").orElse("-"),
                        "cause " + e.cause(), "flow " + e.flow()))
                .toList();
    }
}
