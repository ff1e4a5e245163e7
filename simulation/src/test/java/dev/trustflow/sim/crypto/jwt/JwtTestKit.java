package dev.trustflow.sim.crypto.jwt;

import dev.trustflow.sim.clock.VirtualClock;
import java.time.Duration;
import java.util.Set;

/** A key ring, an issuer on a virtual clock and the strict policy the tests verify against. */
final class JwtTestKit {

    static final String ISSUER = "https://auth.trustflow.demo";
    static final String API = "orders-api";
    static final String EC = "auth-es256";
    static final String RSA = "auth-rs256";

    final VirtualClock clock = new VirtualClock();
    final KeyRing ring = new KeyRing();
    final JwtIssuer issuer = new JwtIssuer(ring, clock);
    final JwtVerifier verifier = new JwtVerifier(strictPolicy());

    JwtTestKit() {
        ring.es256(EC);
        ring.rs256(RSA);
    }

    static JwtPolicy strictPolicy() {
        return new JwtPolicy(Set.of("ES256", "RS256"), ISSUER, API, Set.of("sub", "exp"), Duration.ofSeconds(30),
                "at+jwt");
    }

    /** A good access token for alice, signed with {@code keyName}. */
    TokenBuilder accessToken(String keyName) {
        return issuer.token(keyName).issuer(ISSUER).subject("alice").audience(API).type("at+jwt")
                .claim("scope", "orders:read").claim("role", "customer");
    }

    VerificationReport verify(String token) {
        return verifier.verify(token, ring.jwks(), clock.instant());
    }
}
