package dev.trustflow.sim.scenarios.oauth;

import dev.trustflow.sim.scenario.ScenarioRunner;
import dev.trustflow.sim.scenarios.BundledScenarios;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs a scenario by id with {@code key=value} options and reads the trace the way the tests need. */
final class Runs {

    private final Trace trace;

    private Runs(Trace trace) {
        this.trace = trace;
    }

    /** @param options alternating keys and values: {@code "pkce", "false"} */
    static Runs of(String scenario, String... options) {
        return seeded(scenario, 7, options);
    }

    static Runs seeded(String scenario, long seed, String... options) {
        Map<String, String> raw = new LinkedHashMap<>();
        for (int i = 0; i < options.length; i += 2) {
            raw.put(options[i], options[i + 1]);
        }
        return new Runs(new ScenarioRunner().run(BundledScenarios.catalog().require(scenario), raw, seed));
    }

    Trace trace() {
        return trace;
    }

    List<TraceEvent> events() {
        return trace.events();
    }

    List<TraceEvent> kind(String kind) {
        return trace.events().stream().filter(e -> e.kind().equals(kind)).toList();
    }

    /** The check ids that failed, in order. */
    List<String> failed() {
        return kind("check.fail").stream().map(e -> e.check().orElseThrow()).toList();
    }

    List<TraceEvent> failed(String check) {
        return kind("check.fail").stream().filter(e -> e.check().orElseThrow().equals(check)).toList();
    }

    List<TraceEvent> passed(String check) {
        return kind("check.pass").stream().filter(e -> e.check().orElseThrow().equals(check)).toList();
    }

    /** What leaked to whom: {@code "Alice's photos"}... */
    List<String> leaks() {
        return kind("data.leaked").stream().map(e -> e.text("what").orElseThrow()).toList();
    }

    /** The answers ({@code http.response}) sent to {@code target}, in order, as statuses. */
    List<Integer> statusesTo(String target) {
        return kind("http.response").stream().filter(e -> target.equals(e.target()))
                .map(e -> e.status().orElseThrow()).toList();
    }

    /** The first event after {@code event} of {@code kind}. */
    Optional<TraceEvent> next(TraceEvent event, String kind) {
        return trace.events().stream().filter(e -> e.seq() > event.seq() && e.kind().equals(kind)).findFirst();
    }

    Object summary(String key) {
        return trace.summary().get(key);
    }

    /** What a what-if may change and a replay must reproduce: everything but random bytes and timestamps in them. */
    List<String> story() {
        return trace.events().stream().map(e -> e.seq() + " " + e.at() + " " + e.kind() + " " + e.actor() + ">"
                + e.target() + " " + e.caption() + " " + e.check().orElse("") + " " + e.status().map(String::valueOf)
                .orElse("") + " " + e.text("reason").orElse("") + " " + e.data().keySet()).toList();
    }
}
