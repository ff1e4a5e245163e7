/**
 * Proof Key for Code Exchange (RFC 7636): code verifiers, S256 challenges (JCA SHA-256 and nimbus Base64URL)
 * and the {@code pkce.verifier} check a token endpoint runs when a code is redeemed.
 */
package dev.trustflow.sim.crypto.pkce;
