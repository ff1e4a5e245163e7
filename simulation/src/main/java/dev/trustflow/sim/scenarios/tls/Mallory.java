package dev.trustflow.sim.scenarios.tls;

import dev.trustflow.sim.crypto.pki.CaHierarchy;
import dev.trustflow.sim.crypto.pki.CertificateMinter;
import dev.trustflow.sim.crypto.pki.IssuedCertificate;
import dev.trustflow.sim.crypto.pki.LeafProfile;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.trace.DataKeys;
import dev.trustflow.sim.trace.EventKinds;
import java.security.cert.X509Certificate;
import java.time.Duration;

/**
 * The man-in-the-middle: her own CA (nobody's trust store holds it), a certificate for the bank's host name issued
 * by it, and, in the trusted variant, the trick that puts her root into the victim's trust store.
 */
final class Mallory {

    private final Simulation sim;
    private final String actor;
    private final CaHierarchy ca;

    Mallory(Simulation sim, String actor, CertificateMinter minter) {
        this.sim = sim;
        this.actor = actor;
        this.ca = CaHierarchy.create("Mallory", minter, sim.now().minus(Duration.ofDays(1)),
                BankCertificates.CA_VALIDITY);
    }

    /** Her CA issues her a certificate for the bank's host name; recorded as an attack step. */
    IssuedCertificate forge(String hostName, Integer cause) {
        IssuedCertificate forged = ca.issue(LeafProfile.server(sim.now(), BankCertificates.LEAF_VALIDITY, hostName));
        sim.event(EventKinds.ATTACK_STEP, actor).cause(cause)
                .caption("Mallory's own " + CertificateArtifacts.commonName(ca.intermediate())
                        + " issues her a certificate for " + hostName + ": a CA can sign any name")
                .data(DataKeys.STEP, "forge-certificate")
                .data("subject", forged.subject())
                .data("issuer", forged.certificate().getIssuerX500Principal().getName())
                .artifacts(CertificateArtifacts.chain(forged.chain()))
                .emit();
        return forged;
    }

    /** The victim is tricked into trusting her root: it joins the browser's trust store. */
    int plantRoot(String browser, Integer cause) {
        return sim.event(EventKinds.ATTACK_STEP, actor).to(browser).cause(cause)
                .caption("The café's Wi-Fi page asks the victim to install a \"security certificate\": Mallory's"
                        + " root joins the browser's trust store")
                .data(DataKeys.STEP, "plant-root")
                .data("trusted", ca.root().getSubjectX500Principal().getName())
                .artifact(CertificateArtifacts.pem("planted root: ", ca.root()))
                .emit();
    }

    X509Certificate root() {
        return ca.root();
    }

    String actor() {
        return actor;
    }
}
