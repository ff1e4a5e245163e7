package dev.trustflow.sim.scenarios.tls;

import static dev.trustflow.sim.scenarios.tls.TlsAndCertificatesScenario.BANK;
import static dev.trustflow.sim.scenarios.tls.TlsAndCertificatesScenario.BROWSER;
import static dev.trustflow.sim.scenarios.tls.TlsAndCertificatesScenario.MALLORY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.scenario.TraceFacts;
import dev.trustflow.sim.tls.HandshakeSlice;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.DataKeys;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each what-if of lesson 13 ends as the real handshake decides: the PKIX reason on the browser's pki.path check,
 * the alert the refusing endpoint really sent, and, only where TLS let them through, the request, the answer and
 * what a man-in-the-middle's endpoint really decrypted.
 */
class TlsAndCertificatesScenarioTest {

    private final TlsAndCertificatesScenario scenario = new TlsAndCertificatesScenario();

    private Trace run(String serverCert, String attacker) {
        return TraceFacts.run(scenario, Map.of("server-cert", serverCert, "attacker", attacker), 7);
    }

    @Test
    void aValidCertificateIsAcceptedAndTheAccountTravelsEncrypted() {
        Trace trace = run("valid", "none");

        assertThat(messages(trace)).containsExactly("client_hello", "server_hello", "encrypted_extensions",
                "certificate", "certificate_verify", "finished", "finished");
        TraceEvent decision = only(trace, "check.pass");
        assertThat(decision.actor()).isEqualTo(BROWSER);
        assertThat(decision.check()).contains("pki.path");
        assertThat(decision.text("reason").orElseThrow()).startsWith("PKIX accepted").contains("DNS:bank.example");
        assertThat(trace.event(decision.cause())).satisfies(e -> assertThat(e.text("message")).contains("certificate"));
        assertThat(TraceFacts.failedChecks(trace)).isEmpty();
        assertThat(TraceFacts.ofKind(trace, "tls.alert")).isEmpty();
        assertThat(TraceFacts.lastStatusTo(trace, BROWSER)).contains(200);
        assertThat(TraceFacts.ofKind(trace, "data.leaked")).isEmpty();
        TraceEvent request = only(trace, "http.request");
        assertThat(request.target()).isEqualTo(BANK);
        assertThat(wire(request)).doesNotContain(AccountExchange.SESSION).doesNotContain("GET /account");
        assertThat(trace.summary()).containsEntry("accountShown", true);
    }

    @Test
    void everyHandshakeMessageCarriesItsOwnBytesItsRecordsAndTheKeyScheduleSoFar() throws Exception {
        List<TraceEvent> messages = TraceFacts.ofKind(run("valid", "none"), "tls.message");

        for (TraceEvent e : messages) {
            HandshakeSlice slice = HandshakeSlice.parse(e.text(DataKeys.HANDSHAKE).orElseThrow());
            assertThat(slice.message()).isEqualTo(e.text("message").orElseThrow());
            assertThat(slice.records()).as(slice.message()).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.completes()).contains(slice.message()));
            assertThat(slice.bytes()).hasSize(2 * (4 + Integer.parseInt(e.text("length").orElseThrow())));
        }
        HandshakeSlice hello = HandshakeSlice.parse(messages.get(0).text(DataKeys.HANDSHAKE).orElseThrow());
        HandshakeSlice certificate = HandshakeSlice.parse(messages.get(3).text(DataKeys.HANDSHAKE).orElseThrow());
        assertThat(hello.records()).allSatisfy(r -> assertThat(r.encrypted()).isFalse());
        assertThat(certificate.records()).allSatisfy(r -> {
            assertThat(r.encrypted()).isTrue();
            assertThat(r.bytes()).doesNotContain(certificate.bytes());
        });
        assertThat(certificate.keySchedule()).extracting(HandshakeSlice.Secret::label)
                .contains("SERVER_HANDSHAKE_TRAFFIC_SECRET");
    }

    @Test
    void theCertificateMessageCarriesTheChainTheServerReallySent() {
        TraceEvent certificate = TraceFacts.ofKind(run("valid", "none"), "tls.message").stream()
                .filter(e -> e.text("message").orElse("").equals("certificate")).findFirst().orElseThrow();

        assertThat(certificate.artifacts()).extracting(Artifact::type).containsOnly(Artifact.PEM_CERTIFICATE);
        assertThat(certificate.artifacts()).extracting(Artifact::label)
                .containsExactly("leaf: bank.example", "chain 1: Web Issuing CA");
        assertThat(certificate.artifacts().get(0).text()).startsWith("-----BEGIN CERTIFICATE-----");
    }

    @Test
    void aSelfSignedCertificateIsRefusedWithUnknownCa() {
        Trace trace = run("self-signed", "none");

        assertRefused(trace, BROWSER, "unknown_ca", "UNKNOWN_CA");
        assertThat(only(trace, "check.fail").text("reason").orElseThrow()).contains("NO_TRUST_ANCHOR")
                .contains("CN=bank.example");
    }

    @Test
    void aCertificatePastItsNotAfterIsRefusedByTheValidatorAtVirtualTime() {
        Trace trace = run("expired", "none");

        TraceEvent jump = only(trace, "clock.jump");
        assertThat(jump.text("by")).contains("PT2184H");
        assertRefused(trace, BROWSER, "certificate_expired", "EXPIRED");
        TraceEvent fail = only(trace, "check.fail");
        assertThat(fail.text("reason").orElseThrow()).contains("EXPIRED").contains("NotAfter");
        assertThat(fail.text("failingIndex")).contains("0");
    }

    @Test
    void aCertificateForAnotherHostIsABadCertificate() {
        Trace trace = run("wrong-host", "none");

        assertRefused(trace, BROWSER, "bad_certificate", "NAME_MISMATCH");
        assertThat(only(trace, "check.fail").text("reason").orElseThrow()).contains("DNS:www.bank.example")
                .contains("DNS:bank.example");
    }

    @Test
    void aManInTheMiddleWithHerOwnCaIsRefusedWithUnknownCa() {
        Trace trace = run("valid", "mitm");

        assertRefused(trace, BROWSER, "unknown_ca", "UNKNOWN_CA");
        assertThat(only(trace, "tls.alert").target()).isEqualTo(MALLORY);
        assertThat(only(trace, "check.fail").text("reason").orElseThrow()).contains("CN=Mallory Root CA");
    }

    @Test
    void onceHerRootIsTrustedTheManInTheMiddleReadsTheRequestAndTheAnswer() {
        Trace trace = run("valid", "mitm-trusted");

        assertThat(TraceFacts.ofKind(trace, "check.pass")).extracting(TraceEvent::actor)
                .containsExactly(BROWSER, MALLORY);
        assertThat(TraceFacts.ofKind(trace, "tls.alert")).isEmpty();
        assertThat(TraceFacts.lastStatusTo(trace, BROWSER)).contains(200);
        List<TraceEvent> leaks = TraceFacts.ofKind(trace, "data.leaked");
        assertThat(leaks).extracting(TraceEvent::actor).containsOnly(MALLORY);
        assertThat(leaks.get(0).artifacts().get(0).text()).contains("GET /account", AccountExchange.SESSION);
        assertThat(leaks.get(1).artifacts().get(0).text()).contains(AccountExchange.ACCOUNT);
        assertThat(TraceFacts.ofKind(trace, "http.request")).allSatisfy(r ->
                assertThat(wire(r)).doesNotContain(AccountExchange.SESSION));
        assertThat(trace.summary()).containsEntry("accountShown", true);
    }

    @Test
    void theManInTheMiddleValidatesTheBankTooAndAnExpiredCertificateStopsHer() {
        Trace trace = run("expired", "mitm-trusted");

        assertThat(only(trace, "check.pass").actor()).isEqualTo(BROWSER);
        assertRefused(trace, MALLORY, "certificate_expired", "EXPIRED");
        assertThat(TraceFacts.ofKind(trace, "data.leaked")).isEmpty();
    }

    private static void assertRefused(Trace trace, String refuser, String alert, String failure) {
        TraceEvent fail = only(trace, "check.fail");
        assertThat(fail.actor()).isEqualTo(refuser);
        assertThat(fail.check()).contains("pki.path");
        assertThat(fail.text("failure")).contains(failure);
        TraceEvent sent = only(trace, "tls.alert");
        assertThat(sent.actor()).isEqualTo(refuser);
        assertThat(sent.text("alert")).contains(alert);
        assertThat(sent.cause()).isEqualTo(fail.seq());
        assertThat(sent.text("reason").orElseThrow()).startsWith(alert + "(")
                .endsWith(fail.text("reason").orElseThrow());
        assertThat(TraceFacts.ofKind(trace, "http.request")).isEmpty();
        assertThat(TraceFacts.ofKind(trace, "data.leaked")).isEmpty();
        assertThat(trace.summary()).containsEntry("accountShown", false);
    }

    private static List<String> messages(Trace trace) {
        return TraceFacts.ofKind(trace, "tls.message").stream().map(e -> e.text("message").orElseThrow()).toList();
    }

    private static TraceEvent only(Trace trace, String kind) {
        List<TraceEvent> events = TraceFacts.ofKind(trace, kind);
        assertThat(events).as(kind).hasSize(1);
        return events.get(0);
    }

    /** The request's records as bytes read as text: what an eavesdropper on the wire would see. */
    private static String wire(TraceEvent request) {
        String hex = request.artifacts().stream().filter(a -> a.type().equals(Artifact.TLS_RECORD)).findFirst()
                .orElseThrow().text().replace("\n", "");
        return new String(HexFormat.of().parseHex(hex), java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
