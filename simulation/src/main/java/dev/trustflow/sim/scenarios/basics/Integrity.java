package dev.trustflow.sim.scenarios.basics;

import dev.trustflow.sim.scenario.OptionException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What travels with the order in {@link HashMacSignatureScenario} (its {@code protection} option): the check
 * value that is meant to show Bob the order was not changed. The option value is the constant's name in lower
 * case ({@code hash}, {@code hmac}, {@code signature}).
 */
enum Integrity {
    HASH("SHA-256 digest"),
    HMAC("HMAC-SHA256 tag"),
    SIGNATURE("ECDSA signature");

    private final String tagName;

    Integrity(String tagName) {
        this.tagName = tagName;
    }

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    String tagName() {
        return tagName;
    }

    static List<String> ids() {
        return Arrays.stream(values()).map(Integrity::id).toList();
    }

    static Integrity of(String id) {
        return Arrays.stream(values()).filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new OptionException("option 'protection': '" + id
                        + "' is not allowed; expected one of " + String.join(", ", ids())));
    }
}
