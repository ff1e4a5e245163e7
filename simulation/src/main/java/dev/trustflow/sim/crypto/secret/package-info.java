/**
 * Opaque secrets: random tokens from {@link java.security.SecureRandom} (authorization codes, refresh tokens,
 * session ids, client secrets) and the SHA-256 hashes under which servers store them.
 */
package dev.trustflow.sim.crypto.secret;
