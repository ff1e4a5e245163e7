/**
 * Scenarios of the token lifecycle: sessions vs stateless tokens, the OAuth 2.0 authorization code flow with
 * PKCE, client credentials, OpenID Connect single sign-on, and refresh token rotation. Each drives the real
 * {@link dev.trustflow.sim.oauth.server.AuthorizationServer} through the engine's toolkit (docs/ARCHITECTURE.md):
 * requests go out with {@code Simulation.send}, and the receiving actors answer in their handlers, the
 * authorization server's pages and token endpoint ({@link dev.trustflow.sim.scenarios.oauth.LoginPages},
 * {@link dev.trustflow.sim.scenarios.oauth.TokenEndpoints}), the client apps' login and callback
 * ({@link dev.trustflow.sim.scenarios.oauth.ClientApp}) and the APIs
 * ({@link dev.trustflow.sim.scenarios.oauth.BearerApi}). Tokens change hands in the actors' wallets; what is not
 * HTTP (a click, an attack move, a leak, a clock jump) goes through
 * {@link dev.trustflow.sim.scenarios.oauth.Timeline}, naming its cause.
 */
package dev.trustflow.sim.scenarios.oauth;
