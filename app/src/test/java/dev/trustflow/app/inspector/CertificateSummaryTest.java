package dev.trustflow.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The summary of certificates that real runs presented. */
class CertificateSummaryTest {

    private final TraceEvent message = TlsRuns.certificateMessage(TlsRuns.tls("valid"));
    private final Artifact leafPem = message.artifacts().get(0);
    private final Artifact issuerPem = message.artifacts().get(1);

    @Test
    void theServersLeafNamesItsHostAndIsForServerAuthentication() throws Exception {
        CertificateSummary leaf = CertificateSummary.fromPem(leafPem.text(), message.at());

        assertThat(leaf.subjectAltNames()).contains("DNS bank.example");
        assertThat(leaf.extendedKeyUsage()).containsExactly("serverAuth");
        assertThat(leaf.keyUsage()).contains("digitalSignature").doesNotContain("keyCertSign");
        assertThat(leaf.ca()).isEqualTo("not a CA");
        assertThat(leaf.role()).isEqualTo("leaf");
        assertThat(leaf.subject()).contains("CN=bank.example");
        assertThat(leaf.issuer()).isEqualTo(CertificateSummary.fromPem(issuerPem.text(), message.at()).subject());
    }

    @Test
    void theIntermediateIsACaThatMayOnlySignLeaves() throws Exception {
        CertificateSummary intermediate = CertificateSummary.fromPem(issuerPem.text(), message.at());

        assertThat(intermediate.ca()).isEqualTo("CA, path length 0");
        assertThat(intermediate.keyUsage()).contains("keyCertSign");
        assertThat(intermediate.role()).isEqualTo("intermediate CA");
    }

    @Test
    void fingerprintAndSerialAreTheCertificatesOwn() throws Exception {
        X509Certificate parsed = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(leafPem.text().getBytes(StandardCharsets.US_ASCII)));
        List<String> bytes = new ArrayList<>();
        for (byte b : MessageDigest.getInstance("SHA-256").digest(parsed.getEncoded())) {
            bytes.add(String.format("%02X", b & 0xff));
        }

        CertificateSummary leaf = CertificateSummary.fromPem(leafPem.text(), message.at());

        assertThat(leaf.sha256()).isEqualTo(String.join(":", bytes));
        assertThat(leaf.serial()).isEqualToIgnoringCase(parsed.getSerialNumber().toString(16));
    }

    @Test
    void validityIsJudgedAgainstTheGivenMoment() throws Exception {
        CertificateSummary atEvent = CertificateSummary.fromPem(leafPem.text(), message.at());
        assertThat(atEvent.validity()).isEqualTo(CertificateValidity.VALID);
        assertThat(atEvent.validityNote()).startsWith("valid: expires in ");
        assertThat(atEvent.elapsed()).isBetween(0.0, 1.0);

        CertificateSummary before = CertificateSummary.fromPem(leafPem.text(),
                atEvent.notBefore().minus(Duration.ofHours(2)));
        assertThat(before.validity()).isEqualTo(CertificateValidity.NOT_YET_VALID);
        assertThat(before.validityNote()).isEqualTo("not yet valid: starts in 2 h");
        assertThat(before.elapsed()).isZero();

        CertificateSummary after = CertificateSummary.fromPem(leafPem.text(),
                atEvent.notAfter().plus(Duration.ofMinutes(90)));
        assertThat(after.validity()).isEqualTo(CertificateValidity.EXPIRED);
        assertThat(after.validityNote()).isEqualTo("expired 1 h 30 min before this event");
        assertThat(after.elapsed()).isEqualTo(1.0);
    }

    @Test
    void theExpiredWhatIfPresentsALeafExpiredAtTheEventsTime() throws Exception {
        TraceEvent expired = TlsRuns.certificateMessage(TlsRuns.tls("expired"));

        CertificateSummary leaf = CertificateSummary.fromPem(expired.artifacts().get(0).text(), expired.at());

        assertThat(leaf.validity()).isEqualTo(CertificateValidity.EXPIRED);
        assertThat(leaf.notAfter()).isBefore(expired.at());
    }

    @Test
    void aSelfSignedServerCertificateIsItsOwnIssuer() throws Exception {
        TraceEvent selfSigned = TlsRuns.certificateMessage(TlsRuns.tls("self-signed"));

        CertificateSummary leaf = CertificateSummary.fromPem(selfSigned.artifacts().get(0).text(), selfSigned.at());

        assertThat(leaf.issuer()).isEqualTo(leaf.subject());
        assertThat(leaf.role()).isEqualTo("self-signed leaf");
    }

    @Test
    void aWorkloadCertificateCarriesItsSpiffeIdAsAUriName() throws Exception {
        Trace mesh = TlsRuns.defaults("mtls-workload-identity");
        TraceEvent issued = mesh.events().stream()
                .filter(e -> e.artifacts().stream().anyMatch(a -> a.label().contains("orders")
                        && Artifact.PEM_CERTIFICATE.equals(a.type())))
                .findFirst().orElseThrow();
        Artifact pem = issued.artifacts().stream().filter(a -> a.label().contains("orders")).findFirst().orElseThrow();

        CertificateSummary workload = CertificateSummary.fromPem(pem.text(), issued.at());

        assertThat(workload.subjectAltNames()).anyMatch(n -> n.startsWith("URI spiffe://trustflow.demo/"));
        assertThat(workload.extendedKeyUsage()).contains("clientAuth");
    }

    @Test
    void garbageIsRefusedByTheParser() {
        assertThatThrownBy(() -> CertificateSummary.fromPem("-----BEGIN CERTIFICATE-----\nnope\n"
                + "-----END CERTIFICATE-----\n", message.at())).isInstanceOf(CertificateException.class);
    }
}
