package dev.trustflow.sim.scenarios.tls;

import dev.trustflow.sim.crypto.pki.Pem;
import dev.trustflow.sim.trace.Artifact;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;

/** Certificates as the PEM artifacts the inspector's certificate view opens, labelled by place and common name. */
final class CertificateArtifacts {

    private CertificateArtifacts() {
    }

    /** A chain as presented, leaf first: {@code leaf: bank.example}, {@code chain 1: Web Issuing CA}. */
    static List<Artifact> chain(List<X509Certificate> chain) {
        List<Artifact> artifacts = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            artifacts.add(pem(i == 0 ? "leaf: " : "chain " + i + ": ", chain.get(i)));
        }
        return artifacts;
    }

    static Artifact pem(String prefix, X509Certificate certificate) {
        return new Artifact(Artifact.PEM_CERTIFICATE, prefix + commonName(certificate), Pem.of(certificate));
    }

    /** The subject's common name (the whole subject when it has none). */
    static String commonName(X509Certificate certificate) {
        String subject = certificate.getSubjectX500Principal().getName();
        try {
            return new LdapName(subject).getRdns().stream().filter(r -> r.getType().equalsIgnoreCase("CN"))
                    .map(r -> r.getValue().toString()).reduce((first, last) -> last).orElse(subject);
        } catch (InvalidNameException e) {
            return subject;
        }
    }
}
