package dev.trustflow.sim.layering.planted.engine;

/** Stands for the engine that the planted check must not use. */
public final class PlantedEngine {

    public String run() {
        return "ran";
    }
}
