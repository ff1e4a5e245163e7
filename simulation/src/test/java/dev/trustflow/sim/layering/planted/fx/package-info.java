/** Planted: simulation code that reaches for JavaFX. */
package dev.trustflow.sim.layering.planted.fx;
