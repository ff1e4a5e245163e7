/**
 * Analyses over traces: where two runs of the same scenario diverge, and how their steps line up so two
 * stages can step together. Pure functions over {@link dev.trustflow.sim.trace.Trace}; no UI.
 */
package dev.trustflow.sim.analysis;
