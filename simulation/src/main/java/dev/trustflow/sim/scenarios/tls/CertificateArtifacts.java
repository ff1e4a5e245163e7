package dev.trustflow.sim.scenarios.tls;

import dev.trustflow.sim.crypto.pki.Pem;
import dev.trustflow.sim.trace.Artifact;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/** Certificates as the PEM artifacts the inspector's certificate view opens, labelled by place and common name. */
public final class CertificateArtifacts {

    private CertificateArtifacts() {
    }

    /** A chain as presented, leaf first: {@code leaf: bank.example}, {@code chain 1: Web Issuing CA}. */
    public static List<Artifact> chain(List<X509Certificate> chain) {
        List<Artifact> artifacts = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            artifacts.add(pem(i == 0 ? "leaf: " : "chain " + i + ": ", chain.get(i)));
        }
        return artifacts;
    }

    static Artifact pem(String prefix, X509Certificate certificate) {
        return new Artifact(Artifact.PEM_CERTIFICATE, prefix + commonName(certificate), Pem.of(certificate));
    }

    /**
     * The subject's common name (the whole subject when it has none), read with BouncyCastle's X.500 parser: the
     * JDK's LdapName lives in java.naming, which the installed app's runtime leaves out.
     */
    static String commonName(X509Certificate certificate) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        RDN[] names = subject.getRDNs(BCStyle.CN);
        return names.length == 0 ? certificate.getSubjectX500Principal().getName()
                : IETFUtils.valueToString(names[names.length - 1].getFirst().getValue());
    }
}
