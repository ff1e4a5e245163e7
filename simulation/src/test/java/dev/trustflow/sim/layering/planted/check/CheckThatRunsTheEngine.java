package dev.trustflow.sim.layering.planted.check;

import dev.trustflow.sim.layering.planted.engine.PlantedEngine;

/** Planted violation: a check that depends on the engine. */
public final class CheckThatRunsTheEngine {

    public String verdict() {
        return new PlantedEngine().run();
    }
}
