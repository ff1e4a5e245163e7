package dev.trustflow.sim.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(PasswordHasher.SIMULATION_COST, new SecureRandom());

    @Test
    void hashIsSaltedBcryptAtTheChosenCost() {
        String a = hasher.hash("Winter2025!");
        String b = hasher.hash("Winter2025!");
        assertThat(a).startsWith("$2b$05$").hasSize(60);
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void verifiesTheRightPasswordAndRejectsAWrongOne() {
        String stored = hasher.hash("Winter2025!");
        assertThat(PasswordHasher.verify("carol", stored, "Winter2025!").passed()).isTrue();
        assertThat(PasswordHasher.verify("carol", stored, "winter2025!"))
                .satisfies(r -> assertThat(r.passed()).isFalse())
                .satisfies(r -> assertThat(r.check()).isEqualTo(PasswordHasher.CHECK));
    }

    @Test
    void verifiesAHashMadeElsewhere() {
        // The OpenBSD/jBCrypt test vector for "abc" at cost 6, made by another implementation.
        String known = "$2a$06$If6bvum7DFjUnE9p2uDeDu0YHzrHM6tf.iqN8.yx.jNN1ILEf7h0i";
        assertThat(PasswordHasher.matches(known, "abc")).isTrue();
        assertThat(PasswordHasher.matches(known, "abd")).isFalse();
    }
}
