package dev.trustflow.sim.tls;

/** Whether the server asks the client for a certificate (mutual TLS). */
public enum ClientAuth {
    /** No CertificateRequest: server authentication only. */
    NONE,
    /** A CertificateRequest; a client without a certificate may still connect. */
    OPTIONAL,
    /** A CertificateRequest; no certificate means the alert {@code certificate_required}. */
    REQUIRED
}
