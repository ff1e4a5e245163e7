package dev.trustflow.sim.crypto.jwt;

import com.nimbusds.jose.jwk.JWK;
import java.time.Clock;
import java.util.Objects;

/**
 * Issues signed JWTs with keys from a {@link KeyRing}, stamped with the (virtual) clock's time:
 * {@code issuer.token("auth-server-es256").issuer(...).subject("alice").audience("orders-api").type("at+jwt").sign()}.
 */
public final class JwtIssuer {

    private final KeyRing ring;
    private final Clock clock;

    public JwtIssuer(KeyRing ring, Clock clock) {
        this.ring = Objects.requireNonNull(ring, "ring");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Starts a token signed with the ring's key called {@code keyName} (its kid goes in the header). */
    public TokenBuilder token(String keyName) {
        JWK key = ring.key(keyName).orElseThrow(() -> new IllegalArgumentException(
                "no key called '" + keyName + "' in this key ring"));
        return new TokenBuilder(key, clock.instant());
    }
}
