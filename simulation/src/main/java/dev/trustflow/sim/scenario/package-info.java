/**
 * What a scenario is: an id, a title, typed what-if options (boolean, choice, duration, number), each with
 * a default and a one-line description, and a {@code play} method that drives a
 * {@link dev.trustflow.sim.engine.Simulation}. {@link dev.trustflow.sim.scenario.ScenarioRunner} turns
 * (scenario, options, seed) into a {@link dev.trustflow.sim.trace.Trace};
 * {@link dev.trustflow.sim.scenario.ScenarioCatalog} finds them by id.
 */
package dev.trustflow.sim.scenario;
