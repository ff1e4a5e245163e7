/** Planted: stands for {@code sim.engine}. */
package dev.trustflow.sim.layering.planted.engine;
