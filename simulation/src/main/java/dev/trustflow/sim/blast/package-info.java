/**
 * Blast radius over the world (docs/ARCHITECTURE.md, "Blast radius"): from a compromised actor, which actors an
 * attacker reaches over the hops the world's rules allow ({@link dev.trustflow.sim.blast.AttackGraph}, a JGraphT
 * graph) with the credentials the reached actors hold at one virtual instant ({@link
 * dev.trustflow.sim.blast.BlastRadius}), and the fewest passages whose removal cuts every path from the entry to
 * the crown jewels ({@link dev.trustflow.sim.blast.MinimumCut}, JGraphT's Edmonds-Karp).
 */
package dev.trustflow.sim.blast;
