package dev.trustflow.sim.scenarios.zerotrust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.crypto.jwt.JwtIssuer;
import dev.trustflow.sim.crypto.jwt.KeyRing;
import dev.trustflow.sim.crypto.jwt.TokenBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SidecarChecksTest {

    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");

    private final KeyRing ring = new KeyRing();
    private final JwtIssuer issuer = new JwtIssuer(ring, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void authorizesByTheEastWestPolicy() {
        String orders = Company.id(Company.ORDERS).toString();

        assertThat(SidecarChecks.authorize(Company.PAYMENTS, orders, "POST", "/payments"))
                .isEqualTo(EastWestPolicy.decide(Company.PAYMENTS, orders, "POST", "/payments"));
        assertThat(SidecarChecks.authorize(Company.PAYMENTS, orders, "POST", "/payments").passed()).isTrue();
        assertThat(SidecarChecks.authorize(Company.PAYMENTS, orders, "POST", "/refunds").passed()).isFalse();
    }

    @Test
    void verifiesTheUsersTokenUnderTheGatewaysPolicy() {
        ring.es256("gateway");
        SidecarChecks checks = new SidecarChecks(ring.jwks());

        assertThat(checks.verifyUser(token(SidecarChecks.policy().audience()).sign(), NOW.plusSeconds(60)).valid()).isTrue();
        assertThat(checks.verifyUser(token("someone-else").sign(), NOW.plusSeconds(60))
                .firstFailure().orElseThrow().check()).isEqualTo("jwt.aud");
        assertThat(checks.verifyUser(token(SidecarChecks.policy().audience()).sign(), NOW.plus(Duration.ofHours(2)))
                .firstFailure().orElseThrow().check()).isEqualTo("jwt.exp");
    }

    private TokenBuilder token(String audience) {
        return issuer.token("gateway").issuer(SidecarChecks.policy().issuer()).subject("alice")
                .audience(audience).type("at+jwt").ttl(Duration.ofHours(1));
    }
}
