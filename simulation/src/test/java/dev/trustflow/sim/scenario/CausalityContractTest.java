package dev.trustflow.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.scenarios.BundledScenarios;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Trace format 2 as every bundled scenario writes it, under every what-if value: a response points to the
 * request it answers (or the check that refused it), a check to the request it guards, an alert to its check,
 * and a request, its checks and its responses share one flow.
 */
class CausalityContractTest {

    static Stream<Object[]> runs() {
        return BundledScenarios.catalog().all().stream()
                .flatMap(s -> Variants.of(s).stream().map(o -> new Object[] {s.id(), o}));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("runs")
    void everyResponseCheckAndAlertPointsToItsCause(String id, java.util.Map<String, String> options) {
        Trace trace = TraceFacts.run(BundledScenarios.catalog().require(id), options, 42);
        for (TraceEvent e : trace.events()) {
            String where = id + " " + options + " event " + e.seq() + " (" + e.kind() + " " + e.caption() + ")";
            switch (e.kind()) {
                case EventKinds.HTTP_RESPONSE -> {
                    assertThat(e.cause()).as(where + ": a response names its cause").isNotNull();
                    TraceEvent cause = trace.event(e.cause());
                    assertThat(cause.kind()).as(where).isIn(EventKinds.HTTP_REQUEST, EventKinds.HTTP_RESPONSE,
                            EventKinds.CHECK_FAIL, EventKinds.CHECK_PASS);
                    assertThat(e.flow()).as(where + ": in its request's flow").isNotNull().isEqualTo(cause.flow());
                }
                case EventKinds.CHECK_PASS, EventKinds.CHECK_FAIL ->
                        assertThat(e.cause()).as(where + ": a check names what it checked").isNotNull();
                case EventKinds.ALERT_RAISED -> {
                    assertThat(e.cause()).as(where + ": an alert names its cause").isNotNull();
                }
                default -> {
                }
            }
            if (e.cause() != null) {
                assertThat(e.cause()).as(where).isLessThan(e.seq());
            }
        }
    }
}
