/**
 * Other forms of a trace for other tools: a Mermaid sequence diagram, and the short per-event labels that
 * both that diagram and the app's sequence view show; the attack graph of the run's world with what each actor
 * holds ({@link dev.trustflow.sim.export.AttackGraphExport}) as JSON and GraphViz DOT. Pure functions of a
 * {@link dev.trustflow.sim.trace.Trace}.
 */
package dev.trustflow.sim.export;
