/**
 * Token scenarios: what a JWT is (signed, not encrypted), and how each classic forgery (tampering, a
 * stripped signature, {@code alg: none}, algorithm confusion, a wrong audience, an expired token) meets a
 * strict verifier or a naive one, with real nimbus verification underneath.
 */
package dev.trustflow.sim.scenarios.tokens;
