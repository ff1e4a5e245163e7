/**
 * "Breach here": the student picks an actor on any step of a run and sees the blast radius of a thief who controls
 * it then ({@link dev.trustflow.sim.blast.Breach}, measured off the FX thread), and a one-line summary of it.
 */
package dev.trustflow.app.breach;
