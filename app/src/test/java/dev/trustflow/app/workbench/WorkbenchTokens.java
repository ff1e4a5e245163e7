package dev.trustflow.app.workbench;

import dev.trustflow.sim.clock.VirtualClock;
import dev.trustflow.sim.crypto.jwt.JwtIssuer;
import dev.trustflow.sim.crypto.jwt.KeyRing;
import java.time.Instant;

/** Real tokens from the simulation's issuer, on a virtual clock starting 2026-01-01T09:00:00Z. */
final class WorkbenchTokens {

    static final String ISSUER = "https://auth.trustflow.demo";
    static final String AUDIENCE = "orders-api";
    static final Instant ISSUED = VirtualClock.DEFAULT_START;

    final KeyRing ring = new KeyRing();
    final String token;
    final String otherToken;
    final String jwks;

    WorkbenchTokens() {
        ring.es256("auth-es256");
        JwtIssuer issuer = new JwtIssuer(ring, new VirtualClock());
        token = issuer.token("auth-es256").issuer(ISSUER).subject("alice").audience(AUDIENCE).type("at+jwt")
                .claim("role", "customer").sign();
        otherToken = issuer.token("auth-es256").issuer(ISSUER).subject("mallory").audience(AUDIENCE)
                .claim("role", "admin").sign();
        jwks = ring.jwks().toString();
    }

    /** Alice's header and signature around Mallory's payload: what an attacker editing a token produces. */
    String tampered() {
        String[] alice = token.split("\\.");
        String[] mallory = otherToken.split("\\.");
        return alice[0] + "." + mallory[1] + "." + alice[2];
    }
}
