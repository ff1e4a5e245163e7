/** Planted: stands for {@code sim.scenario}, the scenario API. */
package dev.trustflow.sim.layering.planted.scenario;
