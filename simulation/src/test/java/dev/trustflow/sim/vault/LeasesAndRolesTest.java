package dev.trustflow.sim.vault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.credentials.PasswordHasher;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeasesAndRolesTest {

    private static final Instant NINE = Instant.parse("2026-01-01T09:00:00Z");
    private final Leases leases = new Leases();
    private final DatabaseRoles roles = new DatabaseRoles(new PasswordHasher(4, new SecureRandom()));

    private static List<String> outcome(List<CheckResult> checks) {
        return checks.stream().map(c -> c.check() + (c.passed() ? " pass" : " FAIL")).toList();
    }

    @Test
    void aRenewalMovesTheEndButNeverPastTheMaximum() {
        leases.issue("l-1", "v-1", NINE, Duration.ofMinutes(15), Duration.ofMinutes(20));

        Lease renewed = leases.renew("l-1", NINE.plusSeconds(600), Duration.ofMinutes(15)).orElseThrow();

        assertThat(renewed.expires()).isEqualTo(NINE.plus(Duration.ofMinutes(20)));
    }

    @Test
    void anEndedLeaseIsNeitherRenewedNorRevokedAgain() {
        leases.issue("l-1", "v-1", NINE, Duration.ofMinutes(15), Duration.ofHours(1));
        leases.issue("l-2", "v-2", NINE, Duration.ofMinutes(15), Duration.ofHours(1));

        assertThat(leases.expire(NINE.plus(Duration.ofMinutes(16)))).extracting(Lease::id)
                .containsExactly("l-1", "l-2");
        assertThat(leases.renew("l-1", NINE.plus(Duration.ofMinutes(17)), Duration.ofMinutes(15))).isEmpty();
        assertThat(leases.revoke("l-2")).isEmpty();
        assertThat(leases.find("l-1").orElseThrow().state()).isEqualTo(Lease.State.EXPIRED);
    }

    @Test
    void aStaticPasswordWorksForeverWhileALeasedRoleFailsAfterItsEndAndOnceDropped() {
        roles.create("orders_app", "static-secret", null);
        roles.create("v-1", "leased-secret", NINE.plus(Duration.ofMinutes(15)));
        Instant later = NINE.plus(Duration.ofDays(700));

        assertThat(outcome(roles.login("orders_app", "static-secret", later)))
                .containsExactly("db.role-exists pass", "password.bcrypt pass", "db.valid-until pass");
        assertThat(outcome(roles.login("v-1", "leased-secret", NINE.plus(Duration.ofMinutes(16)))))
                .containsExactly("db.role-exists pass", "password.bcrypt pass", "db.valid-until FAIL");
        assertThat(outcome(roles.login("v-1", "wrong", NINE)))
                .containsExactly("db.role-exists pass", "password.bcrypt FAIL");
        roles.drop("v-1");
        assertThat(outcome(roles.login("v-1", "leased-secret", NINE))).containsExactly("db.role-exists FAIL");
    }
}
