package dev.trustflow.sim.layering.planted.scenario;

import dev.trustflow.sim.layering.planted.scenarios.PlantedScenario;
import java.util.List;

/** Planted violation: the scenario API naming a scenario (the old catalog in {@code sim.scenario}). */
public final class ApiThatListsScenarios {

    public List<Object> all() {
        return List.of(new PlantedScenario());
    }
}
