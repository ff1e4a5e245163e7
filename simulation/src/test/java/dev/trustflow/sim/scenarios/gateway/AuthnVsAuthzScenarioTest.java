package dev.trustflow.sim.scenarios.gateway;

import static dev.trustflow.sim.scenarios.gateway.AuthnVsAuthzScenario.ALICE_APP;
import static dev.trustflow.sim.scenarios.gateway.AuthnVsAuthzScenario.MALLORY_APP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.scenario.TraceFacts;
import dev.trustflow.sim.scenarios.BundledScenarios;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceCodec;
import dev.trustflow.sim.trace.TraceEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthnVsAuthzScenarioTest {

    private final AuthnVsAuthzScenario scenario = new AuthnVsAuthzScenario();

    private Trace run(String request, boolean objectCheck) {
        return TraceFacts.run(scenario, Map.of("request", request, "object-check", String.valueOf(objectCheck)), 11);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void noTokenIs401OnTokenPresent(boolean objectCheck) {
        Trace trace = run("no-token", objectCheck);

        assertThat(TraceFacts.failedChecks(trace)).containsExactly("authn.token-present");
        assertThat(TraceFacts.lastStatusTo(trace, MALLORY_APP)).contains(401);
        TraceEvent request = TraceFacts.ofKind(trace, "http.request").stream()
                .filter(e -> e.actor().equals(MALLORY_APP)).findFirst().orElseThrow();
        assertThat(request.artifacts()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void anEditedTokenIs401OnARealSignatureFailure(boolean objectCheck) {
        Trace trace = run("bad-token", objectCheck);

        assertThat(TraceFacts.failedChecks(trace)).containsExactly("jwt.signature");
        assertThat(TraceFacts.lastStatusTo(trace, MALLORY_APP)).contains(401);
        assertThat(TraceFacts.ofKind(trace, "data.leaked")).isEmpty();
    }

    @Test
    void herOwnOrderIs200WithTheOwnerCheckPassing() {
        Trace trace = run("own-order", true);

        assertThat(TraceFacts.failedChecks(trace)).isEmpty();
        assertThat(TraceFacts.ofKind(trace, "check.pass"))
                .filteredOn(e -> e.check().orElseThrow().equals("authz.object-owner")).hasSize(2);
        assertThat(TraceFacts.lastStatusTo(trace, MALLORY_APP)).contains(200);
        assertThat(TraceFacts.ofKind(trace, "data.leaked")).isEmpty();
    }

    @Test
    void anotherUsersOrderIs403WhenTheObjectCheckIsOn() {
        Trace trace = run("other-users-order", true);

        assertThat(TraceFacts.failedChecks(trace)).containsExactly("authz.object-owner");
        assertThat(TraceFacts.ofKind(trace, "check.pass")).filteredOn(e -> e.actor().equals("api-gateway")
                && e.check().orElseThrow().startsWith("jwt.")).hasSize(20);
        assertThat(TraceFacts.lastStatusTo(trace, MALLORY_APP)).contains(403);
        assertThat(TraceFacts.lastStatusTo(trace, ALICE_APP)).contains(200);
        assertThat(TraceFacts.ofKind(trace, "data.leaked")).isEmpty();
    }

    @Test
    void anotherUsersOrderLeaksWhenTheObjectCheckIsOff() {
        Trace trace = run("other-users-order", false);

        assertThat(TraceFacts.failedChecks(trace)).isEmpty();
        assertThat(TraceFacts.lastStatusTo(trace, MALLORY_APP)).contains(200);
        List<TraceEvent> leaks = TraceFacts.ofKind(trace, "data.leaked");
        assertThat(leaks).hasSize(1);
        assertThat(leaks.get(0).target()).isEqualTo(MALLORY_APP);
        assertThat(leaks.get(0).artifacts().get(0).text()).contains("\"owner\": \"alice\"", "1002");
        assertThat(trace.summary()).containsEntry("leaked", true);
    }

    @Test
    void theDefaultsShowBola() {
        Trace trace = TraceFacts.run(scenario, Map.of(), 11);

        assertThat(TraceFacts.lastStatusTo(trace, MALLORY_APP)).contains(403);
    }

    @Test
    void sameSeedSameStoryAndTheTraceRoundTrips() throws Exception {
        TraceCodec codec = new TraceCodec();
        for (String request : MalloryRequest.ids()) {
            for (boolean objectCheck : List.of(true, false)) {
                Trace a = run(request, objectCheck);
                Trace b = run(request, objectCheck);
                assertThat(TraceFacts.outline(b)).isEqualTo(TraceFacts.outline(a));
                assertThat(codec.parse(codec.toJson(a), "test")).isEqualTo(a);
            }
        }
    }

    @Test
    void isInTheCatalog() {
        assertThat(BundledScenarios.catalog().require("authn-vs-authz")).isInstanceOf(AuthnVsAuthzScenario.class);
    }
}
