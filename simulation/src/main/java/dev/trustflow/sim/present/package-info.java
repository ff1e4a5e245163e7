/**
 * One presentation vocabulary (docs/ARCHITECTURE.md, "Presentation"): how an event and a duration read, the same
 * on the stage, in the sequence view, in the inspector and in the Mermaid export. Pure functions of the trace.
 */
package dev.trustflow.sim.present;
