/**
 * Refresh tokens as RFC 6749 and the OAuth security BCP (RFC 9700) want them: opaque random strings, stored
 * only as SHA-256 hashes, grouped in a family per sign-in, rotated on every use; presenting a rotated one
 * means two parties hold the family, so the whole family is revoked ({@code refresh.reuse},
 * {@code refresh.revoked}, {@code refresh.expired}).
 */
package dev.trustflow.sim.oauth.refresh;
