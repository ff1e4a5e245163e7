/**
 * The receiving side of tokens: an API checking an access token (signature, issuer, audience, expiry, then
 * {@code jwt.scope} and optionally {@code jwt.denylist}), and an app checking an ID token before it logs
 * someone in ({@code oidc.token-type}, {@code oidc.aud}, {@code oidc.nonce}).
 */
package dev.trustflow.sim.oauth.validation;
