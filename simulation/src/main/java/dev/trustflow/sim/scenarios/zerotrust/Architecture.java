package dev.trustflow.sim.scenarios.zerotrust;

import java.util.Arrays;
import java.util.List;

/** How the company guards east-west traffic: only the edge firewall, or mTLS and policy on every hop. */
enum Architecture {
    PERIMETER("perimeter"),
    ZERO_TRUST("zero-trust");

    private final String id;

    Architecture(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    static List<String> ids() {
        return Arrays.stream(values()).map(Architecture::id).toList();
    }

    static Architecture of(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown architecture " + id));
    }
}
