package dev.trustflow.sim.scenarios.zerotrust;

import java.util.Arrays;
import java.util.List;

/** Where the attacker gets its foothold: the employee's laptop (phishing), or the public web service (a bug). */
enum Entry {
    PHISHED_LAPTOP("phished-laptop"),
    VULNERABLE_SERVICE("vulnerable-service");

    private final String id;

    Entry(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    static List<String> ids() {
        return Arrays.stream(values()).map(Entry::id).toList();
    }

    static Entry of(String id) {
        return Arrays.stream(values()).filter(e -> e.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown entry " + id));
    }
}
