package dev.trustflow.sim.scenarios.mesh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.check.CheckExplanations;
import dev.trustflow.sim.scenario.TraceFacts;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MtlsWorkloadIdentityScenarioTest {

    private static Trace run(String clientCert, String caller, String rotation) {
        return TraceFacts.run(new MtlsWorkloadIdentityScenario(),
                Map.of("client-cert", clientCert, "caller", caller, "rotation", rotation), 1);
    }

    private static List<TraceEvent> checks(Trace trace, String kind, String check) {
        return TraceFacts.ofKind(trace, kind).stream().filter(e -> e.check().orElse("").equals(check)).toList();
    }

    private static List<String> alerts(Trace trace) {
        return TraceFacts.ofKind(trace, "tls.alert").stream().map(e -> (String) e.data().get("alert")).toList();
    }

    private static List<TraceEvent> messages(Trace trace, String from, String type) {
        return TraceFacts.ofKind(trace, "tls.message").stream()
                .filter(e -> e.actor().equals(from) && type.equals(e.data().get("message"))).toList();
    }

    @Test
    void ordersWithRotatedCertificatesPaysAtNineAndThreeHoursLater() {
        Trace trace = run("valid", "orders", "auto");

        assertThat(trace.summary()).containsEntry("firstCall", "201").containsEntry("secondCall", "201");
        assertThat(alerts(trace)).isEmpty();
        assertThat(TraceFacts.failedChecks(trace)).isEmpty();
        assertThat(checks(trace, "check.pass", MtlsDial.PEER_TRUSTED)).extracting(TraceEvent::actor)
                .containsExactly("orders", "payments", "orders", "payments");
        assertThat(checks(trace, "check.pass", PaymentsApi.POLICY)).extracting(e -> e.data().get("reason"))
                .allSatisfy(r -> assertThat((String) r).isEqualTo("spiffe://trustflow.demo/ns/shop/sa/orders is on "
                        + "payments' policy"));
        assertThat(messages(trace, "payments", "certificate_request")).hasSize(2);
        assertThat(messages(trace, "orders", "certificate")).extracting(e -> e.data().get("subjects"))
                .allSatisfy(s -> assertThat((String) s).contains("CN=orders"));
    }

    @Test
    void autoRotationIssuesANewOneHourCertificateEveryHalfHour() {
        Trace trace = run("valid", "orders", "auto");

        List<TraceEvent> issued = TraceFacts.ofKind(trace, "cert.issued").stream()
                .filter(e -> "orders".equals(e.target())).toList();
        assertThat(issued).hasSize(7);
        for (int i = 1; i < issued.size(); i++) {
            Instant notBefore = Instant.parse((String) issued.get(i).data().get("notBefore"));
            Instant previousNotAfter = Instant.parse((String) issued.get(i - 1).data().get("notAfter"));
            assertThat(notBefore).isBefore(previousNotAfter);
            assertThat(Duration.between(notBefore, Instant.parse((String) issued.get(i).data().get("notAfter"))))
                    .isEqualTo(Duration.ofHours(1));
        }
        assertThat(issued).extracting(e -> e.data().get("serial")).doesNotHaveDuplicates();
    }

    @Test
    void withoutRotationTheSameCertificateExpiresAndTheSecondCallFailsCertificateExpired() {
        Trace trace = run("valid", "orders", "none");

        assertThat(trace.summary()).containsEntry("firstCall", "201").containsEntry("secondCall",
                "certificate_expired");
        TraceEvent refused = checks(trace, "check.fail", MtlsDial.PEER_TRUSTED).get(0);
        assertThat(refused.actor()).isEqualTo("payments");
        assertThat((String) refused.data().get("reason")).contains("EXPIRED").contains("PKIX");
        TraceEvent alert = TraceFacts.ofKind(trace, "tls.alert").get(0);
        assertThat(alert.actor()).isEqualTo("payments");
        assertThat(alert.cause()).isEqualTo(refused.seq());
        assertThat(TraceFacts.ofKind(trace, "http.request")).hasSize(1);
    }

    @Test
    void aCallerWithoutACertificateIsRefusedCertificateRequired() {
        Trace trace = run("none", "orders", "auto");

        assertThat(alerts(trace)).containsExactly("certificate_required", "certificate_required");
        assertThat(messages(trace, "orders", "certificate")).extracting(e -> e.data().get("certificates"))
                .containsOnly("0");
        assertThat(TraceFacts.failedChecks(trace)).containsOnly(MtlsDial.PEER_TRUSTED);
        assertThat(TraceFacts.ofKind(trace, "http.request")).isEmpty();
    }

    @Test
    void aCertificateFromAnotherTrustDomainIsRefusedUnknownCaByPkix() {
        Trace trace = run("other-trust-domain", "orders", "auto");

        assertThat(alerts(trace)).containsExactly("unknown_ca", "unknown_ca");
        assertThat(checks(trace, "check.fail", MtlsDial.PEER_TRUSTED)).extracting(e -> (String) e.data().get("reason"))
                .allSatisfy(r -> assertThat(r).contains("UNKNOWN_CA").contains("NO_TRUST_ANCHOR")
                        .contains("Partner Root CA, which is not a trusted root"));
        assertThat(TraceFacts.ofKind(trace, "http.request")).isEmpty();
    }

    @Test
    void eachCertificateMessageCarriesThePresentedChainAsPemLeafFirst() {
        Trace trace = run("valid", "orders", "auto");

        for (String sender : List.of("orders", "payments")) {
            List<TraceEvent> certificates = messages(trace, sender, "certificate");
            assertThat(certificates).isNotEmpty().allSatisfy(e -> {
                assertThat(e.artifacts()).extracting(a -> a.type()).containsOnly("pem-certificate");
                assertThat(e.artifacts()).extracting(a -> a.label())
                        .containsExactly("leaf: " + sender, "chain 1: Mesh Issuing CA");
                assertThat(e.artifacts().get(0).text()).startsWith("-----BEGIN CERTIFICATE-----");
            });
        }
    }

    @Test
    void aRefusedChainNamesTheCertificatePkixRefusedAndWhy() {
        Trace trace = run("other-trust-domain", "orders", "auto");

        TraceEvent refused = checks(trace, "check.fail", MtlsDial.PEER_TRUSTED).get(0);
        assertThat(refused.data()).containsEntry(MtlsDial.FAILURE, "UNKNOWN_CA");
        assertThat(((Number) refused.data().get(MtlsDial.FAILING_INDEX)).intValue()).isBetween(0, 1);
        assertThat((String) refused.data().get(MtlsDial.FAILING)).contains("CN=Partner");
        TraceEvent presented = messages(trace, "orders", "certificate").get(0);
        int index = ((Number) refused.data().get(MtlsDial.FAILING_INDEX)).intValue();
        assertThat(presented.artifacts().get(index).label()).endsWith(((String) refused.data().get(MtlsDial.FAILING))
                .replaceFirst(".*CN=([^,]*).*", "$1"));
    }

    @Test
    void aMissingCertificateIsRefusedWithoutNamingOne() {
        TraceEvent refused = checks(run("none", "orders", "auto"), "check.fail", MtlsDial.PEER_TRUSTED).get(0);

        assertThat(refused.data()).containsKey(MtlsDial.FAILURE).doesNotContainKey(MtlsDial.FAILING_INDEX);
    }

    @ParameterizedTest
    @ValueSource(strings = {"auto", "none"})
    void reportingHasAValidIdentityButThePolicyRefusesIt403(String rotation) {
        Trace trace = run("valid", "reporting", rotation);

        assertThat(trace.summary()).containsEntry("firstCall", "403");
        TraceEvent policy = checks(trace, "check.fail", PaymentsApi.POLICY).get(0);
        assertThat((String) policy.data().get("reason"))
                .isEqualTo("spiffe://trustflow.demo/ns/analytics/sa/reporting is not on payments' policy"
                        + " (allowed: orders)");
        assertThat(checks(trace, "check.pass", MtlsDial.PEER_TRUSTED)).extracting(TraceEvent::actor)
                .contains("payments");
        assertThat(checks(trace, "check.pass", "net.segmentation")).isNotEmpty();
        assertThat(TraceFacts.lastStatusTo(trace, "reporting")).contains(403);
    }

    @Test
    void anAttackerOnOrdersNodeWithOrdersCertificateButNotItsKeyIsRefusedAtTheHandshake() {
        Trace trace = run("valid", "attacker-same-ip", "auto");

        assertThat(checks(trace, "check.pass", MtlsDial.PEER_TRUSTED)).filteredOn(e -> e.actor().equals("payments"))
                .hasSize(2);
        assertThat(checks(trace, "check.fail", MtlsDial.KEY_PROOF)).hasSize(2);
        assertThat(alerts(trace)).containsExactly("decrypt_error", "decrypt_error");
        assertThat(TraceFacts.ofKind(trace, "http.request")).isEmpty();
        assertThat(messages(trace, "attacker", "certificate")).extracting(e -> e.data().get("subjects"))
                .allSatisfy(s -> assertThat((String) s).contains("CN=orders"));
    }

    @Test
    void everyCheckTheScenarioRecordsIsExplained() {
        CheckExplanations explanations = CheckExplanations.bundled();
        for (String id : List.of(MtlsDial.PEER_TRUSTED, MtlsDial.KEY_PROOF, PaymentsApi.POLICY)) {
            assertThat(explanations.find(id)).as(id).isPresent();
        }
    }
}
