package dev.trustflow.sim.oauth.client;

/** RFC 6749 section 2.1: whether a client can keep a secret. */
public enum ClientType {
    /** A server-side app: it authenticates to the token endpoint with its secret. */
    CONFIDENTIAL,
    /** A mobile app or a single-page app: anything it ships can be read, so it has no secret (PKCE instead). */
    PUBLIC
}
