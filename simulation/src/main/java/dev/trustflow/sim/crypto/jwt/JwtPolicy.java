package dev.trustflow.sim.crypto.jwt;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * What a verifier demands of a token. Null {@code issuer}, {@code audience} or {@code expectedType} means
 * "not checked" (the report then says so, as a pass that names what was not required).
 *
 * @param allowedAlgorithms JWS algorithm names accepted ({@code ES256}, {@code RS256}, {@code HS256});
 *                          {@code none} is never accepted whatever this says
 * @param issuer            required {@code iss}, or null
 * @param audience          a value {@code aud} must contain, or null
 * @param requiredClaims    claim names that must be present ({@code sub}, {@code exp}, ...)
 * @param clockSkew         tolerance for {@code exp} and {@code nbf}
 * @param expectedType      required {@code typ} header ({@code at+jwt}), or null
 */
public record JwtPolicy(Set<String> allowedAlgorithms, String issuer, String audience, Set<String> requiredClaims,
                        Duration clockSkew, String expectedType) {

    public JwtPolicy {
        allowedAlgorithms = Set.copyOf(allowedAlgorithms);
        requiredClaims = Set.copyOf(requiredClaims);
        Objects.requireNonNull(clockSkew, "clockSkew");
    }

    /** For pasted tokens: any asymmetric algorithm or HS256, only the claims the user asks for. */
    public static JwtPolicy inspect(String issuer, String audience) {
        return new JwtPolicy(Set.of("ES256", "ES384", "ES512", "RS256", "RS384", "RS512", "PS256", "PS384",
                "PS512", "EdDSA", "HS256", "HS384", "HS512"), issuer, audience, Set.of("exp"), Duration.ofSeconds(60),
                null);
    }
}
