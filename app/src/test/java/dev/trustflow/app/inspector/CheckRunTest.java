package dev.trustflow.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.check.CheckExplanations;
import dev.trustflow.sim.scenario.ScenarioRunner;
import dev.trustflow.sim.scenarios.BundledScenarios;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The check report follows the trace's causes, across the gateway and the service of one flow. */
class CheckRunTest {

    private static final CheckExplanations NONE = CheckExplanations.bundled();

    private static Trace run(Map<String, String> options) {
        return new ScenarioRunner().run(BundledScenarios.catalog().require("authn-vs-authz"), options, 3);
    }

    private static TraceEvent lastResponseTo(Trace trace, String actor) {
        List<TraceEvent> responses = trace.events().stream()
                .filter(e -> EventKinds.HTTP_RESPONSE.equals(e.kind()) && actor.equals(e.target())).toList();
        return responses.get(responses.size() - 1);
    }

    @Test
    void aRelayedRefusalShowsTheChecksOfTheServiceThatRefused() {
        Trace trace = run(Map.of("request", "other-users-order", "object-check", "true"));
        TraceEvent answer = lastResponseTo(trace, "mallory-app");

        List<CheckRow> rows = CheckRun.around(trace.events(), answer.seq(), NONE);

        assertThat(answer.actor()).isEqualTo("api-gateway");
        assertThat(rows).extracting(CheckRow::id).containsExactly("authz.object-owner");
        assertThat(rows).noneMatch(CheckRow::passed);
    }

    @Test
    void aRefusalAtTheGatewayShowsTheGatewaysChecks() {
        Trace trace = run(Map.of("request", "bad-token"));
        TraceEvent answer = lastResponseTo(trace, "mallory-app");

        List<CheckRow> rows = CheckRun.around(trace.events(), answer.seq(), NONE);

        assertThat(rows).extracting(CheckRow::id).contains("jwt.signature").doesNotContain("authz.object-owner");
        assertThat(rows).filteredOn(r -> !r.passed()).extracting(CheckRow::id).containsExactly("jwt.signature");
    }

    @Test
    void onTheForwardedHopTheReportIsWhatTheServiceChecksNext() {
        Trace trace = run(Map.of("request", "own-order", "object-check", "true"));
        TraceEvent forwarded = trace.events().stream()
                .filter(e -> EventKinds.HTTP_REQUEST.equals(e.kind()) && "api-gateway".equals(e.actor()))
                .reduce((a, b) -> b).orElseThrow();

        List<CheckRow> rows = CheckRun.around(trace.events(), forwarded.seq(), NONE);

        assertThat(rows).extracting(CheckRow::id).containsExactly("authz.object-owner");
        assertThat(rows).allMatch(CheckRow::ahead);
    }
}
