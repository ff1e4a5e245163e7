/**
 * Credentials and freshness, each check over a real library: TOTP (RFC 6238 over JCA HMAC), bcrypt passwords
 * (BouncyCastle {@code OpenBSDBCrypt}), API keys stored as SHA-256 hashes, token-bucket rate limits on the
 * virtual clock, and replay defences (signed requests, nonce store, timestamp window, idempotency keys).
 */
package dev.trustflow.sim.credentials;
