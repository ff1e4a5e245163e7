/**
 * An authorization server that does what RFC 6749, RFC 7636 and OpenID Connect Core say: the authorization
 * endpoint (consent, {@code state}, exact {@code redirect_uri}, PKCE challenge stored with a one-time code),
 * the token endpoint (code exchange with verifier check, client authentication, client credentials, refresh
 * with rotation) and signed access and ID tokens. Endpoints return every check they ran; scenarios put
 * those on the timeline.
 */
package dev.trustflow.sim.oauth.server;
