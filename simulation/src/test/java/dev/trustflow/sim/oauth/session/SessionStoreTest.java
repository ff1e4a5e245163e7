package dev.trustflow.sim.oauth.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.crypto.secret.OpaqueSecrets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionStoreTest {

    private static final Instant T0 = Instant.parse("2026-01-01T09:00:00Z");

    @Test
    void deletingASessionEndsItAtOnce() {
        SessionStore store = new SessionStore(new OpaqueSecrets(), "session store");
        String id = store.create("alice", T0, Duration.ofMinutes(15));
        assertThat(store.lookup(id, T0.plusSeconds(60)).check().passed()).isTrue();
        assertThat(store.describe()).doesNotContain(id);
        store.destroy(id);
        var lookup = store.lookup(id, T0.plusSeconds(61));
        assertThat(lookup.check().passed()).isFalse();
        assertThat(lookup.check().check()).isEqualTo("session.lookup");
        assertThat(store.lookups()).isEqualTo(2);
    }

    @Test
    void sessionsExpire() {
        SessionStore store = new SessionStore(new OpaqueSecrets(), "session store");
        String id = store.create("alice", T0, Duration.ofMinutes(15));
        assertThat(store.lookup(id, T0.plus(Duration.ofMinutes(15))).check().reason()).contains("expired");
    }

    @Test
    void theDenylistRefusesRevokedIdsUntilTheyWouldHaveExpired() {
        Denylist denylist = new Denylist();
        denylist.revoke("at-1", T0.plus(Duration.ofMinutes(15)));
        assertThat(denylist.check("at-1", T0.plusSeconds(60)).passed()).isFalse();
        assertThat(denylist.check("at-2", T0.plusSeconds(60)).passed()).isTrue();
        assertThat(denylist.check("at-1", T0.plus(Duration.ofMinutes(16))).passed()).isTrue();
        assertThat(denylist.describe()).contains("empty");
    }
}
