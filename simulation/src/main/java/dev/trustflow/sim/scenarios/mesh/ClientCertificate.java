package dev.trustflow.sim.scenarios.mesh;

import java.util.Arrays;
import java.util.List;

/** What the caller presents when payments asks for its certificate. */
enum ClientCertificate {
    /** Its workload certificate from the mesh CA. */
    VALID("valid"),
    /** Nothing: an empty Certificate message. */
    NONE("none"),
    /** A certificate from another trust domain's CA, which payments does not trust. */
    OTHER_TRUST_DOMAIN("other-trust-domain");

    private final String id;

    ClientCertificate(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    static List<String> ids() {
        return Arrays.stream(values()).map(ClientCertificate::id).toList();
    }

    static ClientCertificate of(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown client certificate " + id));
    }
}
