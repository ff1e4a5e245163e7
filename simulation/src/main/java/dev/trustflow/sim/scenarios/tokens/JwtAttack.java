package dev.trustflow.sim.scenarios.tokens;

import com.nimbusds.jose.jwk.JWK;
import dev.trustflow.sim.crypto.jwt.JwtForgery;
import dev.trustflow.sim.crypto.jwt.PublicKeyPem;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What the attacker does to a captured token before presenting it (the {@code attack} option). */
enum JwtAttack {
    NONE("Alice's app makes a normal call with its own token"),
    TAMPER_PAYLOAD("The attacker base64url-decodes the payload, changes role to admin and"
            + " re-encodes it, keeping the original signature"),
    STRIP_SIGNATURE("The attacker changes role to admin and deletes the signature, which no"
            + " longer matches"),
    ALG_NONE("The attacker changes role to admin, sets the header's alg to none and drops the"
            + " signature"),
    ALG_CONFUSION("The attacker changes role to admin, sets alg to HS256 and signs with HMAC,"
            + " using the server's public key PEM as the secret"),
    WRONG_AUDIENCE("The attacker replays the token, minted for the billing API, at the orders"
            + " API"),
    EXPIRED("The attacker replays the stolen token unchanged");

    private final String caption;

    JwtAttack(String caption) {
        this.caption = caption;
    }

    /** The option value: the constant's name in lower case, words joined by dashes ({@code alg-none}). */
    String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    String caption() {
        return caption;
    }

    static List<String> ids() {
        return Arrays.stream(values()).map(JwtAttack::id).toList();
    }

    static JwtAttack of(String id) {
        return Arrays.stream(values()).filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown attack " + id));
    }

    /** Algorithm confusion needs an RSA server key; everything else runs on ES256. */
    boolean needsRsa() {
        return this == ALG_CONFUSION;
    }

    /** Whether the attacker rewrites the token (as opposed to replaying it as it is). */
    boolean rewrites() {
        return this == TAMPER_PAYLOAD || this == STRIP_SIGNATURE || this == ALG_NONE || this == ALG_CONFUSION;
    }

    /** The attacker's real rewrite of {@code captured}; {@code serverKey} is public (downloaded from the JWKS). */
    String forge(String captured, JWK serverKey) {
        String admin = JwtForgery.withClaim(captured, "role", "admin");
        switch (this) {
            case TAMPER_PAYLOAD:
                return admin;
            case STRIP_SIGNATURE:
                return JwtForgery.stripSignature(admin);
            case ALG_NONE:
                return JwtForgery.withAlg(admin, "none", false);
            case ALG_CONFUSION:
                return JwtForgery.hmacResign(admin, PublicKeyPem.of(serverKey).getBytes(StandardCharsets.US_ASCII));
            default:
                return captured;
        }
    }
}
