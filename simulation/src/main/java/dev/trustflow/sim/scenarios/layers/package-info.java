/**
 * Encryption layers (lesson 19): a chat message from Alice to Bob through a server that stores it. TLS in transit
 * (real in-memory TLS 1.3 from {@code sim.tls}), encryption at rest (AES-256-GCM with the server's database key)
 * and end-to-end encryption (ECDH P-256, HKDF-SHA256, AES-256-GCM to Bob's key) are each on or off; at every
 * point (the network, the server process, a database dump, Bob) the holder really tries to decrypt what it holds
 * with the keys it holds, and the matrix of who can read the message is filled by those attempts.
 */
package dev.trustflow.sim.scenarios.layers;
