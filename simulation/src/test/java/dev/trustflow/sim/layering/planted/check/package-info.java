/** Planted: stands for {@code sim.check}. */
package dev.trustflow.sim.layering.planted.check;
