package dev.trustflow.sim.scenarios.basics;

import dev.trustflow.sim.scenario.OptionException;
import java.util.Arrays;

/** What travels with the order in {@link HashMacSignatureScenario}. */
enum Protection {
    HASH("hash", "SHA-256 digest"),
    HMAC("hmac", "HMAC-SHA256 tag"),
    SIGNATURE("signature", "ECDSA signature");

    private final String id;
    private final String tagName;

    Protection(String id, String tagName) {
        this.id = id;
        this.tagName = tagName;
    }

    String id() {
        return id;
    }

    String tagName() {
        return tagName;
    }

    static Protection of(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst()
                .orElseThrow(() -> new OptionException("option 'protection': '" + id
                        + "' is not allowed; expected one of hash, hmac, signature"));
    }
}
