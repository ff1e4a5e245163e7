package dev.trustflow.sim.scenarios.tls;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;

/** The DNS subjectAltNames a certificate carries, as the JDK reads them (for captions; PKIX decides). */
final class LeafNames {

    private static final int DNS = 2;

    private LeafNames() {
    }

    static List<String> dns(X509Certificate certificate) {
        try {
            Collection<List<?>> names = certificate.getSubjectAlternativeNames();
            if (names == null) {
                return List.of();
            }
            return names.stream().filter(n -> ((Integer) n.get(0)) == DNS).map(n -> (String) n.get(1)).toList();
        } catch (CertificateParsingException e) {
            throw new IllegalStateException("the certificate's subjectAltNames cannot be read", e);
        }
    }
}
