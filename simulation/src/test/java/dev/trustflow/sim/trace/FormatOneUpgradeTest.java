package dev.trustflow.sim.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Traces saved by the release before format 2 (files written by its CLI) still open, with causes inferred. */
class FormatOneUpgradeTest {

    private final TraceCodec codec = new TraceCodec();

    private Trace read(String name) throws Exception {
        return codec.read(Path.of(getClass().getResource("/traces/" + name).toURI()));
    }

    @Test
    void aFormatOneTraceOpensAsFormatTwo() throws Exception {
        Trace trace = read("format1-authn-vs-authz.json");

        assertThat(trace.format()).isEqualTo(Trace.FORMAT);
        assertThat(trace.scenario()).isEqualTo("authn-vs-authz");
        assertThat(trace.size()).isGreaterThan(20);
        assertThat(trace.topology().links()).allSatisfy(l -> assertThat(l.protection()).isNotNull());
    }

    @Test
    void responsesAnswerTheirRequestAndChecksGuardTheRequestThatReachedTheirActor() throws Exception {
        Trace trace = read("format1-oauth-code-pkce.json");

        for (TraceEvent e : trace.events()) {
            if (EventKinds.HTTP_RESPONSE.equals(e.kind()) && e.cause() != null) {
                TraceEvent request = trace.event(e.cause());
                assertThat(request.kind()).isEqualTo(EventKinds.HTTP_REQUEST);
                assertThat(request.actor()).isEqualTo(e.target());
                assertThat(request.target()).isEqualTo(e.actor());
                assertThat(e.flow()).isEqualTo(request.flow());
            }
            if (e.isCheck() && e.cause() != null) {
                assertThat(trace.event(e.cause()).target()).isEqualTo(e.actor());
            }
        }
        assertThat(trace.events()).filteredOn(e -> EventKinds.HTTP_RESPONSE.equals(e.kind()))
                .allSatisfy(e -> assertThat(e.cause()).isNotNull());
    }

    @Test
    void anUpgradedTraceWritesAndReadsBackAsFormatTwo() throws Exception {
        Trace trace = read("format1-authn-vs-authz.json");
        String json = codec.toJson(trace);

        assertThat(json).contains("\"format\" : \"trustflow-trace/2\"").contains("\"cause\"");
        assertThat(codec.parse(json, "again.json")).isEqualTo(trace);
    }
}
