/**
 * Lesson 16, micro-segmentation and blast radius: a public service is breached, and the attacker's reach spreads
 * over the hops the world's rules allow with the credentials each reached service holds, as measured by
 * {@code sim.blast}; the minimum cut to the databases is suggested and can be applied to measure again.
 */
package dev.trustflow.sim.scenarios.blast;
