package dev.trustflow.sim.scenarios.gateway;

import java.util.Arrays;
import java.util.List;

/** What Mallory's app sends (the {@code request} option). */
enum MalloryRequest {
    NO_TOKEN("no-token", 1002),
    BAD_TOKEN("bad-token", 1002),
    OWN_ORDER("own-order", 1003),
    OTHER_USERS_ORDER("other-users-order", 1002);

    private final String id;
    private final int orderId;

    MalloryRequest(String id, int orderId) {
        this.id = id;
        this.orderId = orderId;
    }

    String id() {
        return id;
    }

    int orderId() {
        return orderId;
    }

    static List<String> ids() {
        return Arrays.stream(values()).map(MalloryRequest::id).toList();
    }

    static MalloryRequest of(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown request " + id));
    }
}
