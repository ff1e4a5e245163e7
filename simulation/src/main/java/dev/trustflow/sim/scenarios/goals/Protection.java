package dev.trustflow.sim.scenarios.goals;

import dev.trustflow.sim.scenario.OptionException;
import java.util.Arrays;
import java.util.List;

/**
 * How Alice protects her order in {@link SecurityGoalsScenario} (its {@code protection} option): not at all,
 * encrypted with AES-CTR (no integrity), encrypted with AES-GCM (authenticated encryption), or AES-GCM with
 * Alice's ECDSA signature on the order.
 */
enum Protection {
    NONE("none", "as plain text"),
    AES_CTR("aes-ctr", "encrypted with AES-CTR"),
    AES_GCM("aes-gcm", "encrypted with AES-GCM"),
    SIGNED("signed", "signed by Alice and encrypted with AES-GCM");

    private final String id;
    private final String how;

    Protection(String id, String how) {
        this.id = id;
        this.how = how;
    }

    String id() {
        return id;
    }

    /** How the order travels, for captions: "encrypted with AES-CTR". */
    String how() {
        return how;
    }

    boolean encrypts() {
        return this != NONE;
    }

    /** Whether the bank checks an AES-GCM tag before it reads the order. */
    boolean hasTag() {
        return this == AES_GCM || this == SIGNED;
    }

    boolean signs() {
        return this == SIGNED;
    }

    static List<String> ids() {
        return Arrays.stream(values()).map(Protection::id).toList();
    }

    static Protection of(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst()
                .orElseThrow(() -> new OptionException("option 'protection': '" + id
                        + "' is not allowed; expected one of " + String.join(", ", ids())));
    }
}
