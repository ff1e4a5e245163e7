package dev.trustflow.sim.scenarios.zerotrust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.scenario.TraceFacts;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PerimeterVsZeroTrustScenarioTest {

    private static final List<String> TARGETS = List.of("orders", "payments", "customers", "hr-api");

    private static Trace run(String architecture, String entry, String propagation) {
        return TraceFacts.run(new PerimeterVsZeroTrustScenario(), Map.of("architecture", architecture, "entry", entry,
                "identity-propagation", propagation), 1);
    }

    @SuppressWarnings("unchecked")
    private static List<String> reached(Trace trace) {
        return (List<String>) trace.summary().get("reached");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> refusals(Trace trace) {
        return (Map<String, String>) trace.summary().get("refusals");
    }

    private static List<TraceEvent> failed(Trace trace, String check) {
        return TraceFacts.ofKind(trace, "check.fail").stream().filter(e -> e.check().orElse("").equals(check))
                .toList();
    }

    private static List<String> leakedBy(Trace trace) {
        return TraceFacts.ofKind(trace, "data.leaked").stream().map(TraceEvent::actor).toList();
    }

    @Test
    void behindThePerimeterThePhishedLaptopReachesEveryServiceWithAForgedHeader() {
        Trace trace = run("perimeter", "phished-laptop", "forwarded-header");

        assertThat(reached(trace)).containsExactlyElementsOf(TARGETS);
        assertThat(refusals(trace)).isEmpty();
        assertThat(trace.summary()).containsEntry("reach", "reached 4 of 4 internal services");
        assertThat(leakedBy(trace)).containsExactlyElementsOf(TARGETS);
        // The only thing between the laptop and each service: the firewall rule that lets the office in.
        List<TraceEvent> hops = TraceFacts.ofKind(trace, "check.pass").stream()
                .filter(e -> TARGETS.contains(e.actor())).toList();
        assertThat(hops).extracting(e -> e.data().get("rule")).containsOnly("fw.office-to-internal");
        assertThat(hops).extracting(e -> e.check().orElseThrow()).containsOnly("net.segmentation");
        assertThat(TraceFacts.ofKind(trace, "http.response").stream().filter(e -> TARGETS.contains(e.actor())))
                .extracting(e -> e.data().get("servedAs")).containsOnly("admin");
        assertThat(TraceFacts.ofKind(trace, "node.compromised")).extracting(TraceEvent::actor)
                .containsExactly("laptop");
    }

    @Test
    void fromTheExploitedWebServiceNothingAtAllIsCheckedOnTheWayToTheOtherServices() {
        Trace trace = run("perimeter", "vulnerable-service", "forwarded-header");

        assertThat(reached(trace)).containsExactlyElementsOf(TARGETS);
        assertThat(TraceFacts.ofKind(trace, "node.compromised")).extracting(TraceEvent::actor).containsExactly("web");
        assertThat(trace.events().stream().filter(e -> e.isCheck() && TARGETS.contains(e.actor()))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"phished-laptop", "vulnerable-service"})
    void servicesThatVerifyTheTokenRefuseAliceTokenWithItsSubjectEditedEvenInsideThePerimeter(String entry) {
        Trace trace = run("perimeter", entry, "verified-token");

        assertThat(reached(trace)).isEmpty();
        assertThat(refusals(trace)).containsOnlyKeys(TARGETS).allSatisfy((t, check) ->
                assertThat(check).isEqualTo("jwt.signature"));
        assertThat(failed(trace, "jwt.signature")).extracting(TraceEvent::actor).containsExactlyElementsOf(TARGETS);
        assertThat(TraceFacts.ofKind(trace, "http.response").stream().filter(e -> TARGETS.contains(e.actor())))
                .extracting(e -> e.status().orElseThrow()).containsOnly(401);
        assertThat(leakedBy(trace)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"forwarded-header", "verified-token"})
    void inZeroTrustTheLaptopHasNoWorkloadIdentityAndEveryHandshakeRefusesIt(String propagation) {
        Trace trace = run("zero-trust", "phished-laptop", propagation);

        assertThat(reached(trace)).isEmpty();
        assertThat(refusals(trace)).containsOnlyKeys(TARGETS).allSatisfy((t, check) ->
                assertThat(check).isEqualTo("mtls.peer-trusted"));
        assertThat(failed(trace, "mtls.peer-trusted")).extracting(TraceEvent::actor)
                .containsExactlyElementsOf(TARGETS);
        assertThat(TraceFacts.ofKind(trace, "tls.alert")).extracting(e -> e.data().get("alert"))
                .containsOnly("certificate_required").hasSize(4);
        // No request ever reaches a service: the connection closes before HTTP.
        assertThat(TraceFacts.ofKind(trace, "http.request").stream()
                .filter(e -> "laptop".equals(e.actor()) && TARGETS.contains(e.target()))).isEmpty();
    }

    @Test
    void inZeroTrustTheCompromisedWebKeepsOnlyWhatItsOwnIdentityMayDoAndTheForgedHeaderStillWorksThere() {
        Trace trace = run("zero-trust", "vulnerable-service", "forwarded-header");

        assertThat(reached(trace)).containsExactly("orders", "customers");
        assertThat(refusals(trace)).containsExactly(Map.entry("payments", "policy.operation"),
                Map.entry("hr-api", "policy.operation"));
        assertThat(failed(trace, "policy.operation")).extracting(e -> (String) e.data().get("reason"))
                .containsExactly("spiffe://trustflow.demo/ns/shop/sa/web may not POST /refunds on payments;"
                                + " payments' policy allows only orders POST /payments",
                        "spiffe://trustflow.demo/ns/shop/sa/web may not GET /employees on hr-api; the HR API's"
                                + " policy allows only gateway GET /employees");
        // Web's own certificate and key: the handshakes succeed; the policy decides.
        assertThat(failed(trace, "mtls.peer-trusted")).isEmpty();
        assertThat(trace.summary()).containsEntry("reach", "reached 2 of 4 internal services");
    }

    @Test
    void inZeroTrustWithVerifiedTokensTheAllowedHopsFailTheSignatureAndTheOthersThePolicy() {
        Trace trace = run("zero-trust", "vulnerable-service", "verified-token");

        assertThat(reached(trace)).isEmpty();
        assertThat(refusals(trace)).containsExactly(Map.entry("orders", "jwt.signature"),
                Map.entry("payments", "policy.operation"), Map.entry("customers", "jwt.signature"),
                Map.entry("hr-api", "policy.operation"));
    }

    @Test
    void theSummaryCountsTheAttemptsTheTraceShows() {
        for (String architecture : List.of("perimeter", "zero-trust")) {
            for (String entry : List.of("phished-laptop", "vulnerable-service")) {
                for (String propagation : List.of("forwarded-header", "verified-token")) {
                    Trace trace = run(architecture, entry, propagation);
                    assertThat(leakedBy(trace)).containsExactlyElementsOf(reached(trace));
                    assertThat(reached(trace).size() + refusals(trace).size()).isEqualTo(TARGETS.size());
                    TraceEvent last = trace.events().get(trace.events().size() - 1);
                    assertThat(last.caption()).contains("reached " + reached(trace).size() + " of 4");
                }
            }
        }
    }
}
