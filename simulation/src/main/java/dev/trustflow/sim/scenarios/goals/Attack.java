package dev.trustflow.sim.scenarios.goals;

import dev.trustflow.sim.scenario.OptionException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What Mallory does with the order on the path in {@link SecurityGoalsScenario} (its {@code attacker} option):
 * she only reads it, or she also flips bits in it before passing it on.
 */
enum Attack {
    PASSIVE,
    FLIPS;

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static List<String> ids() {
        return Arrays.stream(values()).map(Attack::id).toList();
    }

    static Attack of(String id) {
        return Arrays.stream(values()).filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new OptionException("option 'attacker': '" + id
                        + "' is not allowed; expected one of " + String.join(", ", ids())));
    }
}
