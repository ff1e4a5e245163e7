/**
 * Scenarios about credentials without JWTs: a replayed signed payment ({@code replay}), a partner's API key
 * ({@code api-keys}) and credential stuffing against passwords, MFA and rate limits
 * ({@code mfa-and-rate-limits}). Each service's checks run as guards and handlers on its actor, requests go
 * through {@code sim.send} (docs/ARCHITECTURE.md, "Delivery"), and every check runs the real primitive from
 * {@code dev.trustflow.sim.credentials}.
 */
package dev.trustflow.sim.scenarios.credentials;
