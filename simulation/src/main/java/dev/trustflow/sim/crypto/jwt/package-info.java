/**
 * JWT issue and verification over nimbus-jose-jwt. {@link dev.trustflow.sim.crypto.jwt.JwtVerifier}
 * returns a {@link dev.trustflow.sim.crypto.jwt.VerificationReport} of every check (algorithm allowed,
 * key known, signature, typ, exp, nbf, iss, aud, required claims) with a stable id and a reason in plain
 * words, never just a boolean.
 */
package dev.trustflow.sim.crypto.jwt;
