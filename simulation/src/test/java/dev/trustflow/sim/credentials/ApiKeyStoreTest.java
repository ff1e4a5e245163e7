package dev.trustflow.sim.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeyStoreTest {

    private static final Instant T0 = Instant.parse("2026-01-01T09:00:00Z");

    @Test
    void hashedStoreKeepsOnlyTheHashAndAcceptsTheKey() {
        ApiKeyStore store = new ApiKeyStore(ApiKeyStore.Storage.HASHED, new SecureRandom());
        ApiKeyStore.IssuedKey key = store.issue("partner", Set.of("webhooks:write"), T0);
        assertThat(key.plaintext()).startsWith("tfk_").hasSize(4 + 43);
        assertThat(store.dump()).doesNotContain(key.plaintext()).contains(ApiKeyStore.sha256Hex(key.plaintext()));
        var auth = store.authenticate(key.plaintext(), "webhooks:write", T0);
        assertThat(auth.accepted()).isTrue();
        assertThat(auth.checks()).extracting(c -> c.check())
                .containsExactly(ApiKeyStore.HASH_MATCH, ApiKeyStore.REVOKED, ApiKeyStore.SCOPE);
    }

    @Test
    void theDumpedHashIsNotAKeyButThePlaintextColumnIs() {
        ApiKeyStore hashed = new ApiKeyStore(ApiKeyStore.Storage.HASHED, new SecureRandom());
        String id = hashed.issue("partner", Set.of("webhooks:write"), T0).id();
        var withHash = hashed.authenticate(hashed.secretColumn(id), "webhooks:write", T0);
        assertThat(withHash.failure()).get().extracting(c -> c.check()).isEqualTo(ApiKeyStore.HASH_MATCH);

        ApiKeyStore plain = new ApiKeyStore(ApiKeyStore.Storage.PLAINTEXT, new SecureRandom());
        String plainId = plain.issue("partner", Set.of("webhooks:write"), T0).id();
        assertThat(plain.authenticate(plain.secretColumn(plainId), "webhooks:write", T0).accepted()).isTrue();
    }

    @Test
    void scopeAndRevocationAreEnforcedAndTwoKeysCanBeActive() {
        ApiKeyStore store = new ApiKeyStore(ApiKeyStore.Storage.HASHED, new SecureRandom());
        var first = store.issue("partner", Set.of("webhooks:write"), T0);
        var second = store.issue("partner", Set.of("webhooks:write"), T0.plusSeconds(60));
        assertThat(store.activeKeys("partner", T0.plusSeconds(60))).containsExactly("key-1", "key-2");

        assertThat(store.authenticate(first.plaintext(), "customers:read", T0).failure()).get()
                .extracting(c -> c.check()).isEqualTo(ApiKeyStore.SCOPE);

        store.revoke(first.id(), T0.plusSeconds(120));
        assertThat(store.authenticate(first.plaintext(), "webhooks:write", T0.plusSeconds(119)).accepted()).isTrue();
        assertThat(store.authenticate(first.plaintext(), "webhooks:write", T0.plusSeconds(120)).failure()).get()
                .extracting(c -> c.check()).isEqualTo(ApiKeyStore.REVOKED);
        assertThat(store.authenticate(second.plaintext(), "webhooks:write", T0.plusSeconds(120)).accepted()).isTrue();
        assertThat(store.activeKeys("partner", T0.plusSeconds(120))).containsExactly("key-2");
    }

    @Test
    void hintIsAShortPrefix() {
        assertThat(ApiKeyStore.hint("tfk_abcdefghijkl")).isEqualTo("tfk_abcd…");
    }
}
