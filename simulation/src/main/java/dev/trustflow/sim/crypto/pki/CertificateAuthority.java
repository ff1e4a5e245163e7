package dev.trustflow.sim.crypto.pki;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A CA: its key pair, its certificate and the chain above it (empty for a root). It issues through a
 * {@link CertificateMinter}, which holds the run's randomness.
 */
public final class CertificateAuthority {

    private final KeyPair keys;
    private final X509Certificate certificate;
    private final List<X509Certificate> above;

    CertificateAuthority(KeyPair keys, X509Certificate certificate, List<X509Certificate> above) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.certificate = Objects.requireNonNull(certificate, "certificate");
        this.above = List.copyOf(above);
    }

    public X509Certificate certificate() {
        return certificate;
    }

    KeyPair keys() {
        return keys;
    }

    /** The CA certificates above this one, nearest first, ending with the root. */
    List<X509Certificate> above() {
        return above;
    }

    /** This CA's certificate and the CA certificates above it that a holder presents (the root excluded). */
    List<X509Certificate> presentedChain() {
        List<X509Certificate> chain = new ArrayList<>();
        if (!above.isEmpty()) {
            chain.add(certificate);
            chain.addAll(above.subList(0, above.size() - 1));
        }
        return chain;
    }

    /** Whether this CA is a root (its certificate is self-issued and nothing is above it). */
    public boolean isRoot() {
        return above.isEmpty();
    }
}
