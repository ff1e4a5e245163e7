/**
 * The engine that runs a scenario (docs/ARCHITECTURE.md, "The engine"): a
 * {@link dev.trustflow.sim.engine.Simulation} owns the virtual clock, the run's
 * {@link dev.trustflow.sim.engine.Randomness}, its keys, its world and the recorder; the scenario toolkit
 * ({@link dev.trustflow.sim.engine.Request}, {@link dev.trustflow.sim.engine.Guard},
 * {@link dev.trustflow.sim.engine.Handler}, {@link dev.trustflow.sim.engine.Reply}) delivers requests hop by hop
 * through the world's rules and records every hop, check and response with its cause and flow.
 */
package dev.trustflow.sim.engine;
