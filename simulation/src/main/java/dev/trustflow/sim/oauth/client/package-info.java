/**
 * The clients an authorization server knows: their redirect URIs, whether they can keep a secret, the
 * secret's hash, allowed scopes; client authentication ({@code oauth.client-auth}) and redirect URI
 * matching ({@code oauth.redirect-uri}).
 */
package dev.trustflow.sim.oauth.client;
