/**
 * The simulated world as a model (docs/ARCHITECTURE.md, "The world"): actors in zones, links with a channel,
 * a protection and a latency, the rules enforced on each hop ({@link dev.trustflow.sim.world.HopRules}), the
 * paths messages take ({@link dev.trustflow.sim.world.Routes}) and what every actor holds
 * ({@link dev.trustflow.sim.world.Wallets}). {@link dev.trustflow.sim.world.Topology} is what the trace keeps.
 */
package dev.trustflow.sim.world;
