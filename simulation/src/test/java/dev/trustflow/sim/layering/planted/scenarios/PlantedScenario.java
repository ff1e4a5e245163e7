package dev.trustflow.sim.layering.planted.scenarios;

/** Stands for one bundled scenario. */
public final class PlantedScenario {
}
