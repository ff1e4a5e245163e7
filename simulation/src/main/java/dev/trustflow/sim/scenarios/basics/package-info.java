/**
 * Foundations scenarios: what a hash, a MAC and a signature each prove when an attacker edits a message in
 * transit, with real JCA and BouncyCastle cryptography deciding every check.
 */
package dev.trustflow.sim.scenarios.basics;
