package dev.trustflow.sim.scenarios.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.trace.TraceEvent;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionsVsTokensScenarioTest {

    private static final String ID = "sessions-vs-tokens";

    private static TraceEvent firstRefusal(Runs run) {
        return run.kind("check.fail").get(0);
    }

    @Test
    void aFifteenMinuteJwtOutlivesTheLogoutUntilItsExp() {
        Runs run = Runs.of(ID);
        assertThat(run.leaks()).containsExactly("token", "Alice's notes", "Alice's notes");
        TraceEvent refusal = firstRefusal(run);
        assertThat(refusal.check()).contains("jwt.exp");
        assertThat(refusal.at()).isEqualTo(Instant.parse("2026-01-01T09:30:00Z").plusMillis(40));
        assertThat(run.summary("thiefSuccessesAfterLogout")).isEqualTo(2L);
        assertThat(run.summary("storeLookups")).isEqualTo(0L);
        assertThat(run.kind("flow.note")).anyMatch(e -> e.caption().contains("nothing to delete"));
    }

    @Test
    void aServerSessionEndsAtOnceOnTheStoreLookup() {
        Runs run = Runs.of(ID, "mode", "session");
        assertThat(run.failed()).containsExactly("session.lookup");
        assertThat(firstRefusal(run).at()).isBefore(Instant.parse("2026-01-01T09:07:00Z"));
        assertThat(run.leaks()).containsExactly("session cookie");
        assertThat(run.kind("token.revoked")).hasSize(1);
        assertThat((Long) run.summary("storeLookups")).isEqualTo(2L);
    }

    @Test
    void aDenylistRevokesTheJwtAtOnceAtTheCostOfALookup() {
        Runs run = Runs.of(ID, "denylist", "true");
        assertThat(run.failed()).containsExactly("jwt.denylist");
        assertThat(run.summary("thiefSuccessesAfterLogout")).isEqualTo(0L);
        assertThat((Long) run.summary("storeLookups")).isEqualTo(2L);
    }

    @Test
    void theTtlDecidesHowLongTheThiefKeepsAccess() {
        Runs five = Runs.of(ID, "ttl", "5m");
        assertThat(five.failed()).containsExactly("jwt.exp");
        assertThat(five.summary("thiefSuccessesAfterLogout")).isEqualTo(0L);
        Runs hour = Runs.of(ID, "ttl", "60m");
        assertThat(hour.summary("thiefSuccessesAfterLogout")).isEqualTo(3L);
        assertThat(firstRefusal(hour).at()).isAfter(Instant.parse("2026-01-01T10:00:00Z"));
        assertThat(hour.failed()).containsExactly("jwt.exp");
    }

    @Test
    void clockJumpsAreOnTheTimeline() {
        assertThat(Runs.of(ID).kind("clock.jump")).extracting(TraceEvent::caption)
                .contains("16 minutes later: 2026-01-01 09:30 UTC");
    }
}
