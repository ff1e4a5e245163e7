package dev.trustflow.sim.crypto.secret;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpaqueSecretsTest {

    private final OpaqueSecrets secrets = new OpaqueSecrets();

    @Test
    void secretsAreRandomAndPrefixed() {
        String a = secrets.next("rt_", 32);
        assertThat(a).startsWith("rt_").hasSize(3 + 43).isNotEqualTo(secrets.next("rt_", 32));
    }

    @Test
    void theStoredHashMatchesOnlyTheSecret() {
        String secret = secrets.next("cs_", 32);
        String stored = OpaqueSecrets.hash(secret);
        assertThat(stored).doesNotContain(secret.substring(3));
        assertThat(OpaqueSecrets.matches(secret, stored)).isTrue();
        assertThat(OpaqueSecrets.matches(secret + "x", stored)).isFalse();
        assertThat(OpaqueSecrets.matches(null, stored)).isFalse();
    }

    @Test
    void sha256OfAbcIsTheKnownValue() {
        // FIPS 180-2 test vector, base64url: ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0
        assertThat(OpaqueSecrets.hash("abc")).isEqualTo("ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0");
    }
}
