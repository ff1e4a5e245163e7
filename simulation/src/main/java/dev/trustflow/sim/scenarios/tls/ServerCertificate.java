package dev.trustflow.sim.scenarios.tls;

import java.util.Arrays;
import java.util.List;

/** Which certificate the bank's server presents, and when the browser visits (the {@code server-cert} option). */
enum ServerCertificate {
    /** Issued by the web CA for the bank's host name, visited while it is valid. */
    VALID("valid"),
    /** Signed by the server itself: nobody vouches for it. */
    SELF_SIGNED("self-signed"),
    /** Issued correctly, but the visit comes after its notAfter. */
    EXPIRED("expired"),
    /** Issued by the web CA for another host name than the one the browser visits. */
    WRONG_HOST("wrong-host");

    private final String id;

    ServerCertificate(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    static List<String> ids() {
        return Arrays.stream(values()).map(ServerCertificate::id).toList();
    }

    static ServerCertificate of(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown server certificate " + id));
    }
}
