package dev.trustflow.app.workbench;

/**
 * What the user typed into the workbench, taken at the moment Verify was pressed.
 *
 * @param token    the compact JWT
 * @param jwks     the trusted keys as JSON (a JWK Set, or a single JWK), or blank for none
 * @param issuer   required {@code iss}, or blank for "not checked"
 * @param audience a value {@code aud} must contain, or blank for "not checked"
 * @param time     the check time as ISO-8601 ({@code 2026-01-01T09:00:00Z}), or blank for now
 * @param secret   an HMAC shared secret as text (for HS256 tokens such as jwt.io's sample), or blank for none
 */
public record WorkbenchInput(String token, String jwks, String issuer, String audience, String time, String secret) {

    public WorkbenchInput {
        token = token == null ? "" : token.strip();
        jwks = jwks == null ? "" : jwks.strip();
        issuer = issuer == null ? "" : issuer.strip();
        audience = audience == null ? "" : audience.strip();
        time = time == null ? "" : time.strip();
        secret = secret == null ? "" : secret;
    }

    /** Without a shared secret. */
    public WorkbenchInput(String token, String jwks, String issuer, String audience, String time) {
        this(token, jwks, issuer, audience, time, "");
    }
}
