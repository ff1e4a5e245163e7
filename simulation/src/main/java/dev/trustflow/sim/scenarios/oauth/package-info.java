/**
 * Scenarios of the token lifecycle: sessions vs stateless tokens, the OAuth 2.0 authorization code flow with
 * PKCE, client credentials, OpenID Connect single sign-on, and refresh token rotation. Each drives the real
 * {@link dev.trustflow.sim.oauth.server.AuthorizationServer} and records every request, check and attack move.
 */
package dev.trustflow.sim.scenarios.oauth;
