package dev.trustflow.sim.oauth.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.crypto.secret.OpaqueSecrets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RefreshTokenStoreTest {

    private static final Instant T0 = Instant.parse("2026-01-01T09:00:00Z");

    private static RefreshTokenStore store(boolean rotate, boolean detect) {
        return new RefreshTokenStore(new OpaqueSecrets(), new RotationPolicy(rotate, detect, Duration.ofDays(30)));
    }

    @Test
    void everyUseRotatesAndOnlyTheHashIsKept() {
        RefreshTokenStore store = store(true, true);
        RefreshTokenStore.Issued first = store.issue("alice", "notes-app", "notes:read", T0);
        Redemption r = store.redeem(first.refreshToken(), "notes-app", T0.plusSeconds(60));
        assertThat(r.accepted()).isTrue();
        assertThat(r.refreshToken()).isNotEqualTo(first.refreshToken());
        RefreshFamily family = first.family();
        assertThat(family.members()).hasSize(2);
        assertThat(family.status(family.members().get(0))).isEqualTo(RefreshFamily.Status.ROTATED);
        assertThat(family.status(family.current())).isEqualTo(RefreshFamily.Status.CURRENT);
        assertThat(store.describe()).doesNotContain(first.refreshToken(), r.refreshToken()).contains("current");
    }

    @Test
    void reusingARotatedTokenRevokesTheWholeFamily() {
        RefreshTokenStore store = store(true, true);
        String stolen = store.issue("alice", "notes-app", "notes:read", T0).refreshToken();
        String thiefNext = store.redeem(stolen, "notes-app", T0.plusSeconds(600)).refreshToken();
        Redemption alice = store.redeem(stolen, "notes-app", T0.plusSeconds(1000));
        assertThat(alice.accepted()).isFalse();
        assertThat(alice.familyRevoked()).isTrue();
        assertThat(alice.checks().get(alice.checks().size() - 1).check()).isEqualTo("refresh.reuse");
        Redemption thief = store.redeem(thiefNext, "notes-app", T0.plusSeconds(2000));
        assertThat(thief.accepted()).isFalse();
        assertThat(thief.checks()).anyMatch(c -> c.check().equals("refresh.revoked") && !c.passed());
    }

    @Test
    void withoutReuseDetectionTheFamilySurvives() {
        RefreshTokenStore store = store(true, false);
        String stolen = store.issue("alice", "notes-app", "notes:read", T0).refreshToken();
        String thiefNext = store.redeem(stolen, "notes-app", T0.plusSeconds(600)).refreshToken();
        Redemption alice = store.redeem(stolen, "notes-app", T0.plusSeconds(1000));
        assertThat(alice.accepted()).isFalse();
        assertThat(alice.familyRevoked()).isFalse();
        assertThat(store.redeem(thiefNext, "notes-app", T0.plusSeconds(2000)).accepted()).isTrue();
    }

    @Test
    void withoutRotationTheSameTokenWorksUntilTheFamilyExpires() {
        RefreshTokenStore store = store(false, true);
        String token = store.issue("alice", "notes-app", "notes:read", T0).refreshToken();
        assertThat(store.redeem(token, "notes-app", T0.plusSeconds(60)).refreshToken()).isEqualTo(token);
        assertThat(store.redeem(token, "notes-app", T0.plus(Duration.ofDays(29))).accepted()).isTrue();
        Redemption late = store.redeem(token, "notes-app", T0.plus(Duration.ofDays(31)));
        assertThat(late.accepted()).isFalse();
        assertThat(late.checks()).anyMatch(c -> c.check().equals("refresh.expired") && !c.passed());
    }

    @Test
    void anUnknownTokenOrAnotherClientIsRefused() {
        RefreshTokenStore store = store(true, true);
        String token = store.issue("alice", "notes-app", "notes:read", T0).refreshToken();
        assertThat(store.redeem("rt_made-up", "notes-app", T0).checks().get(0).passed()).isFalse();
        assertThat(store.redeem(token, "other-app", T0).checks())
                .anyMatch(c -> c.check().equals("refresh.client") && !c.passed());
    }
}
