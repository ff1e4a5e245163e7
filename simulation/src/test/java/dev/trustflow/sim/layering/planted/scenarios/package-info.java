/** Planted: stands for {@code sim.scenarios}, the bundled scenarios. */
package dev.trustflow.sim.layering.planted.scenarios;
