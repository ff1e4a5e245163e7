/**
 * The engine that runs a scenario: a {@link dev.trustflow.sim.engine.Simulation} owns the virtual clock,
 * the seeded random, the scheduler (ordered by virtual time, then by a monotonic sequence number, so a
 * run is deterministic) and the recorder that turns what happened into trace events.
 */
package dev.trustflow.sim.engine;
