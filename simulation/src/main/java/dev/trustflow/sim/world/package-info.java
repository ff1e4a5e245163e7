/**
 * The simulated world: actors (users, apps, gateways, services, attackers...), the zones they live in
 * and the links between them. {@link dev.trustflow.sim.world.Topology} is what the app draws.
 */
package dev.trustflow.sim.world;
