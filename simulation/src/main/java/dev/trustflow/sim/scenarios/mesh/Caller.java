package dev.trustflow.sim.scenarios.mesh;

import java.util.Arrays;
import java.util.List;

/** Who calls payments: the service the policy allows, another real workload, or an attacker on orders' node. */
enum Caller {
    ORDERS("orders"),
    REPORTING("reporting"),
    ATTACKER_SAME_IP("attacker-same-ip");

    private final String id;

    Caller(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    static List<String> ids() {
        return Arrays.stream(values()).map(Caller::id).toList();
    }

    static Caller of(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown caller " + id));
    }
}
