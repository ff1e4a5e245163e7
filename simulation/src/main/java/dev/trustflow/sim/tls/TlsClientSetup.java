package dev.trustflow.sim.tls;

import dev.trustflow.sim.crypto.pki.IssuedCertificate;
import dev.trustflow.sim.crypto.pki.PeerName;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * What the client endpoint asks and holds.
 *
 * @param serverName     the host name it sends as SNI, or null to send none
 * @param expectedServer the name the server's certificate must carry
 * @param trustedRoots   its trust store
 * @param identity       its own certificate for mutual TLS, or null
 */
public record TlsClientSetup(String serverName, PeerName expectedServer, List<X509Certificate> trustedRoots,
                             IssuedCertificate identity) {

    public TlsClientSetup {
        Objects.requireNonNull(expectedServer, "expectedServer");
        trustedRoots = List.copyOf(trustedRoots);
    }

    /** A browser: SNI and expected name are the host name; no client certificate. */
    public static TlsClientSetup browser(String hostName, List<X509Certificate> trustedRoots) {
        return new TlsClientSetup(hostName, PeerName.dns(hostName), trustedRoots, null);
    }

    /** A workload calling another by its SPIFFE ID, presenting its own certificate (or none, when null). */
    public static TlsClientSetup workload(PeerName server, List<X509Certificate> trustedRoots,
                                          IssuedCertificate identity) {
        return new TlsClientSetup(null, server, trustedRoots, identity);
    }
}
