package dev.trustflow.sim.crypto.pki;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * A certificate with its private key and the chain its holder presents (the certificate first, then the
 * intermediates up to but not including the root, as TLS sends it).
 */
public record IssuedCertificate(X509Certificate certificate, PrivateKey privateKey, List<X509Certificate> chain) {

    public IssuedCertificate {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(privateKey, "privateKey");
        chain = List.copyOf(chain);
        if (chain.isEmpty() || !chain.get(0).equals(certificate)) {
            throw new IllegalArgumentException("a presented chain starts with its own certificate");
        }
    }

    /** The subject's distinguished name, as RFC 4514 writes it. */
    public String subject() {
        return certificate.getSubjectX500Principal().getName();
    }
}
