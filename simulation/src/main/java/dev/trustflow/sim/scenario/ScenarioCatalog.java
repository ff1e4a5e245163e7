package dev.trustflow.sim.scenario;

import java.util.List;
import java.util.Optional;

/**
 * A set of scenarios by id, in the order given. It knows no scenario by name: the bundled ones are listed in
 * {@code dev.trustflow.sim.scenarios.BundledScenarios}.
 */
public final class ScenarioCatalog {

    private final List<Scenario> scenarios;

    public List<Scenario> all() {
        return scenarios;
    }

    public Optional<Scenario> find(String id) {
        return scenarios.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The scenario with that id, or an error that lists the ids there are. */
    public Scenario require(String id) {
        return find(id).orElseThrow(() -> new OptionException("unknown scenario '" + id + "'; known: "
                + String.join(", ", scenarios.stream().map(Scenario::id).toList())));
    }

    /** A catalog of exactly these scenarios, in this order (tests and tools); ids must be unique. */
    public ScenarioCatalog(List<? extends Scenario> scenarios) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Scenario s : scenarios) {
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException("two scenarios have the id '" + s.id() + "'");
            }
        }
        this.scenarios = List.copyOf(scenarios);
    }
}
