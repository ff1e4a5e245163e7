package dev.trustflow.sim.scenarios.zerotrust;

import java.util.Arrays;
import java.util.List;

/**
 * How a service behind the gateway learns which user a request is for: it believes an {@code X-User-Id} header
 * (which the gateway sets after checking the user's token), or it verifies the user's token itself.
 */
enum Propagation {
    FORWARDED_HEADER("forwarded-header"),
    VERIFIED_TOKEN("verified-token");

    private final String id;

    Propagation(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    static List<String> ids() {
        return Arrays.stream(values()).map(Propagation::id).toList();
    }

    static Propagation of(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown identity propagation " + id));
    }
}
