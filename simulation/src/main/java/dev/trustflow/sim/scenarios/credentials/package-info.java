/**
 * Scenarios about credentials without JWTs: a replayed signed payment ({@code replay}), a partner's API key
 * ({@code api-keys}) and credential stuffing against passwords, MFA and rate limits
 * ({@code mfa-and-rate-limits}). Every check runs the real primitive from {@code dev.trustflow.sim.credentials}.
 */
package dev.trustflow.sim.scenarios.credentials;
