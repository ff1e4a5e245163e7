package dev.trustflow.sim.scenarios.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.trace.TraceEvent;
import org.junit.jupiter.api.Test;

class RefreshRotationScenarioTest {

    private static final String ID = "refresh-rotation";

    @Test
    void reuseOfTheRotatedTokenRevokesTheFamilyAndRaisesAnAlert() {
        Runs run = Runs.of(ID);
        TraceEvent reuse = run.failed("refresh.reuse").get(0);
        assertThat(reuse.at().toString()).startsWith("2026-01-01T09:16");
        TraceEvent revoked = run.next(reuse, "token.revoked").orElseThrow();
        assertThat(revoked.data()).containsEntry("revoked", "family-1");
        assertThat(revoked.artifacts().get(0).text()).contains("family-1").contains("REVOKED");
        assertThat(run.next(reuse, "alert.raised")).isPresent();
        TraceEvent thiefLater = run.failed("refresh.revoked").get(0);
        assertThat(run.next(thiefLater, "http.response").orElseThrow().target()).isEqualTo("attacker");
        // the access token the thief already had still works until its exp: revocation cannot reach it
        assertThat(run.summary("thiefReads")).isEqualTo(2L);
    }

    @Test
    void theStoreKeepsOnlyHashesAndShowsWhichMemberIsCurrent() {
        Runs run = Runs.of(ID);
        TraceEvent issued = run.kind("token.issued").stream()
                .filter(e -> "refresh token".equals(e.data().get("token"))).findFirst().orElseThrow();
        String raw = issued.artifacts().get(0).text();
        String store = issued.artifacts().get(1).text();
        assertThat(raw).startsWith("rt_");
        assertThat(store).contains("sha256=").contains("current").doesNotContain(raw.substring(3));
    }

    @Test
    void theClockJumpsPastTheRefreshTokensLife() {
        Runs run = Runs.of(ID);
        assertThat(run.kind("clock.jump")).extracting(TraceEvent::caption)
                .anyMatch(c -> c.contains("31 days after Alice signed in"));
        assertThat(run.failed("refresh.expired")).isNotEmpty();
    }

    @Test
    void withoutRotationTheThiefKeepsAccessUntilTheTokenExpires() {
        Runs run = Runs.of(ID, "rotation", "false");
        assertThat(run.failed("refresh.reuse")).isEmpty();
        assertThat(run.kind("alert.raised")).isEmpty();
        assertThat(run.summary("thiefReads")).isEqualTo(3L);
        TraceEvent expired = run.failed("refresh.expired").get(run.failed("refresh.expired").size() - 1);
        assertThat(run.next(expired, "http.response").orElseThrow().target()).isEqualTo("attacker");
    }

    @Test
    void withoutReuseDetectionOnlyAliceIsRefusedAndTheThiefLivesOn() {
        Runs run = Runs.of(ID, "reuse-detection", "false");
        assertThat(run.failed("refresh.reuse")).singleElement()
                .satisfies(e -> assertThat(e.text("reason").orElseThrow()).contains("family stays alive"));
        assertThat(run.kind("token.revoked")).isEmpty();
        assertThat(run.kind("alert.raised")).isEmpty();
        assertThat(run.summary("thiefReads")).isEqualTo(3L);
    }

    @Test
    void aShorterAccessTokenMakesAliceRefreshFirstSoTheThiefTripsTheAlarm() {
        Runs run = Runs.of(ID, "access-ttl", "5m");
        TraceEvent reuse = run.failed("refresh.reuse").get(0);
        assertThat(run.next(reuse, "http.response").orElseThrow().target()).isEqualTo("attacker");
        assertThat(run.summary("thiefReads")).isEqualTo(0L);
    }

    @Test
    void aLongerRefreshLifetimeMovesTheEnd() {
        Runs run = Runs.of(ID, "refresh-ttl", "90d");
        assertThat(run.kind("clock.jump")).extracting(TraceEvent::caption)
                .anyMatch(c -> c.contains("91 days after Alice signed in"));
    }

    @Test
    void aOneDayRefreshLifetimeKeepsTheStoryInOrderAndSaysItsLifeRight() {
        Runs run = Runs.of(ID, "refresh-ttl", "24h");
        TraceEvent theft = run.kind("attack.step").get(0);
        assertThat(run.kind("http.request")).filteredOn(e -> e.actor().equals("attacker"))
                .allSatisfy(e -> assertThat(e.seq()).isGreaterThan(theft.seq()));
        assertThat(run.failed("refresh.revoked")).singleElement()
                .satisfies(e -> assertThat(e.at()).isBefore(run.failed("refresh.expired").get(0).at()));
        assertThat(run.failed("refresh.expired").get(0).text("reason").orElseThrow())
                .contains("24 hours after sign-in");
    }

    @Test
    void withALongAccessTokenTheThiefStillCallsTheApiAfterAlicesRefresh() {
        for (String ttl : new String[] {"30m", "2h"}) {
            Runs run = Runs.of(ID, "access-ttl", ttl);
            TraceEvent reuse = run.failed("refresh.reuse").get(0);
            TraceEvent lastRead = run.kind("data.leaked").get(run.kind("data.leaked").size() - 1);
            assertThat(lastRead.seq()).as(ttl).isGreaterThan(reuse.seq());
            assertThat(run.summary("thiefReads")).as(ttl).isEqualTo(2L);
        }
    }
}
