package dev.trustflow.sim.oauth.server;

import java.time.Instant;

/**
 * A token the server handed out.
 *
 * @param kind      access, ID or refresh token
 * @param value     the compact JWT, or the opaque refresh token
 * @param id        {@code jti} of a JWT, or the refresh family id
 * @param expiresAt when it stops working
 * @param subject   whose it is
 * @param clientId  to which client it was issued
 * @param scope     what it allows
 */
public record IssuedToken(Kind kind, String value, String id, Instant expiresAt, String subject, String clientId,
                          String scope) {

    /** The three kinds of token. */
    public enum Kind {
        ACCESS("access token"), ID("ID token"), REFRESH("refresh token");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean isJwt() {
        return kind != Kind.REFRESH;
    }
}
