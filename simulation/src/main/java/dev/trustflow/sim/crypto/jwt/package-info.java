/**
 * JWT issue and verification over nimbus-jose-jwt: {@link dev.trustflow.sim.crypto.jwt.KeyRing} (ES256, RS256,
 * HS256 keys), {@link dev.trustflow.sim.crypto.jwt.JwtIssuer}, {@link dev.trustflow.sim.crypto.jwt.JwtDecoder}
 * (display, no verification) and {@link dev.trustflow.sim.crypto.jwt.JwtVerifier}, which returns a
 * {@link dev.trustflow.sim.crypto.jwt.VerificationReport} of every check (format, alg, kid, signature, typ, iss,
 * aud, exp, nbf, required claims) with a stable id and a reason in plain words, never just a boolean.
 * {@link dev.trustflow.sim.crypto.jwt.JwtForgery} and {@link dev.trustflow.sim.crypto.jwt.NaiveJwtVerifier} are
 * the attacker's tools and the broken verifier that lessons contrast with it.
 */
package dev.trustflow.sim.crypto.jwt;
