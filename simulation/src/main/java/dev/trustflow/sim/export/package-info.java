/**
 * Other forms of a trace for other tools: a Mermaid sequence diagram, and the short per-event labels that
 * both that diagram and the app's sequence view show. Pure functions of a {@link dev.trustflow.sim.trace.Trace}.
 */
package dev.trustflow.sim.export;
