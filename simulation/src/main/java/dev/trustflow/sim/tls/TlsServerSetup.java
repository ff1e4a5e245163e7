package dev.trustflow.sim.tls;

import dev.trustflow.sim.crypto.pki.IssuedCertificate;
import dev.trustflow.sim.crypto.pki.PeerName;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * What the server endpoint holds and asks.
 *
 * @param identity           its certificate, key and presented chain
 * @param clientAuth         whether it asks for a client certificate
 * @param trustedClientRoots the roots it accepts client certificates from
 * @param expectedClient     the name a client certificate must carry (a SPIFFE ID), or null for any
 */
public record TlsServerSetup(IssuedCertificate identity, ClientAuth clientAuth,
                             List<X509Certificate> trustedClientRoots, PeerName expectedClient) {

    public TlsServerSetup {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(clientAuth, "clientAuth");
        trustedClientRoots = List.copyOf(trustedClientRoots);
    }

    /** Server authentication only: no CertificateRequest. */
    public static TlsServerSetup serverAuthOnly(IssuedCertificate identity) {
        return new TlsServerSetup(identity, ClientAuth.NONE, List.of(), null);
    }

    /** Mutual TLS: a client certificate from one of {@code trustedClientRoots}, for any name. */
    public static TlsServerSetup mutual(IssuedCertificate identity, ClientAuth clientAuth,
                                        List<X509Certificate> trustedClientRoots) {
        return new TlsServerSetup(identity, clientAuth, trustedClientRoots, null);
    }
}
