package dev.trustflow.sim.world;

/** What protects the bytes on a link; the app draws each differently and traces record it per hop. */
public enum Protection {
    /** Plain text: anyone on the path reads and changes it. */
    PLAIN,
    /** TLS: the server is authenticated, the bytes are encrypted and integrity-protected. */
    TLS,
    /** Mutual TLS: both ends present certificates (workload identity). */
    MTLS
}
