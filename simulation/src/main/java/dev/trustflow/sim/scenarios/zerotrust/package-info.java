/**
 * Lesson 15, perimeter vs zero trust: the same company twice, a flat network behind an edge firewall and a mesh
 * where every east-west hop is mutual TLS with a workload identity and every request is authorized by policy at
 * the callee's sidecar. An attacker starts on a phished laptop or an exploited public service and tries every
 * internal service, hop by hop; what it reaches is what the real checks let through.
 */
package dev.trustflow.sim.scenarios.zerotrust;
