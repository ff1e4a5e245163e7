package dev.trustflow.sim.scenarios.tls;

import dev.trustflow.sim.crypto.pki.CaHierarchy;
import dev.trustflow.sim.crypto.pki.CertificateMinter;
import dev.trustflow.sim.crypto.pki.IssuedCertificate;
import dev.trustflow.sim.crypto.pki.LeafProfile;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.trace.EventKinds;
import java.time.Duration;
import java.security.cert.X509Certificate;
import java.time.Instant;

/**
 * The public web PKI of the run: the web CA (a root the browser ships with and the intermediate that issues), and
 * the certificate the bank's server presents, as the {@code server-cert} option makes it. Each issuance is an
 * event carrying the certificates as PEM.
 */
final class BankCertificates {

    /** How long the web CA's certificates are valid. */
    static final Duration CA_VALIDITY = Duration.ofDays(3650);
    /** How long the bank's certificate is valid (90 days, as ACME CAs issue). */
    static final Duration LEAF_VALIDITY = Duration.ofDays(90);

    private final Simulation sim;
    private final CertificateMinter minter;
    private final CaHierarchy web;

    BankCertificates(Simulation sim, CertificateMinter minter) {
        this.sim = sim;
        this.minter = minter;
        this.web = CaHierarchy.create("Web", minter, sim.now().minus(Duration.ofDays(365)), CA_VALIDITY);
    }

    X509Certificate root() {
        return web.root();
    }

    /** The browser's trust store as it ships: the web root. */
    int trustStore(String browser) {
        return sim.event(EventKinds.NOTE, browser)
                .caption("The browser ships with a trust store; it holds the "
                        + CertificateArtifacts.commonName(web.root()))
                .data("trusted", web.root().getSubjectX500Principal().getName())
                .artifact(CertificateArtifacts.pem("trusted root: ", web.root()))
                .emit();
    }

    /** Issues the bank's certificate for {@code kind} and records it; the host name is what the browser visits. */
    IssuedCertificate issue(ServerCertificate kind, String hostName, String caActor, String bank, int cause) {
        Instant now = sim.now();
        IssuedCertificate issued = switch (kind) {
            case VALID, EXPIRED -> web.issue(LeafProfile.server(now, LEAF_VALIDITY, hostName));
            case WRONG_HOST -> web.issue(LeafProfile.server(now, LEAF_VALIDITY, "www." + hostName));
            case SELF_SIGNED -> minter.selfSigned(LeafProfile.server(now, LEAF_VALIDITY, hostName));
        };
        String names = String.join(", ", LeafNames.dns(issued.certificate()));
        String caption = kind == ServerCertificate.SELF_SIGNED
                ? "The bank's server signs its own certificate for " + names + ": no CA vouches for it"
                : "The " + CertificateArtifacts.commonName(web.intermediate())
                        + " issues the bank a certificate for " + names + ", valid " + LEAF_VALIDITY.toDays() + " days";
        sim.event(EventKinds.CERT_ISSUED, kind == ServerCertificate.SELF_SIGNED ? bank : caActor)
                .to(kind == ServerCertificate.SELF_SIGNED ? null : bank).cause(cause)
                .caption(caption)
                .data("subject", issued.subject())
                .data("issuer", issued.certificate().getIssuerX500Principal().getName())
                .data("names", names)
                .data("notBefore", issued.certificate().getNotBefore().toInstant().toString())
                .data("notAfter", issued.certificate().getNotAfter().toInstant().toString())
                .data("serial", issued.certificate().getSerialNumber().toString(16))
                .artifacts(CertificateArtifacts.chain(issued.chain()))
                .emit();
        return issued;
    }
}
