package dev.trustflow.sim.scenarios.tls;

import java.util.Arrays;
import java.util.List;

/** Whether a man-in-the-middle sits between the browser and the bank (the {@code attacker} option). */
enum Interception {
    /** The browser reaches the bank's server directly. */
    NONE("none"),
    /** Mallory intercepts with a certificate for the bank's name from her own CA, which the browser does not trust. */
    MITM("mitm"),
    /** The same, after the victim was tricked into installing Mallory's root in the browser's trust store. */
    MITM_TRUSTED("mitm-trusted");

    private final String id;

    Interception(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    boolean intercepts() {
        return this != NONE;
    }

    static List<String> ids() {
        return Arrays.stream(values()).map(Interception::id).toList();
    }

    static Interception of(String id) {
        return Arrays.stream(values()).filter(i -> i.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown attacker " + id));
    }
}
