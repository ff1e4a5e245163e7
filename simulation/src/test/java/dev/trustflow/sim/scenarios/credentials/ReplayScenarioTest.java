package dev.trustflow.sim.scenarios.credentials;

import static dev.trustflow.sim.scenarios.credentials.Runs.attack;
import static dev.trustflow.sim.scenarios.credentials.Runs.failed;
import static dev.trustflow.sim.scenarios.credentials.Runs.kind;
import static dev.trustflow.sim.scenarios.credentials.Runs.passed;
import static dev.trustflow.sim.scenarios.credentials.Runs.responsesTo;
import static dev.trustflow.sim.scenarios.credentials.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import org.junit.jupiter.api.Test;

class ReplayScenarioTest {

    private static String outcome(Trace t, String step) {
        return attack(t, step).flatMap(e -> e.text("outcome")).orElseThrow();
    }

    private static String stoppedBy(Trace t, String step) {
        return attack(t, step).flatMap(e -> e.check()).orElse("-");
    }

    @Test
    void withoutDefencesEveryExactCopyPaysAgainButTheEditedOneFailsTheSignature() {
        Trace t = run("replay");
        assertThat(t.summary()).containsEntry("payments", 3L);
        assertThat(kind(t, "payment.made")).hasSize(3);
        assertThat(stoppedBy(t, "edit")).isEqualTo("sig.verify");
        assertThat(failed(t, "sig.verify")).hasSize(1);
        assertThat(passed(t, "sig.verify")).hasSize(3);
        assertThat(outcome(t, "replay")).isEqualTo("succeeded");
        assertThat(outcome(t, "late-replay")).isEqualTo("succeeded");
        assertThat(responsesTo(t, "attacker")).extracting(e -> e.status().orElseThrow()).containsExactly(401, 201, 201);
    }

    @Test
    void theClockJumpIsOnTheTimelineBeforeTheLateCopy() {
        Trace t = run("replay");
        TraceEvent jump = kind(t, "clock.jump").get(0);
        assertThat(jump.text("by")).contains("PT10M");
        assertThat(attack(t, "late-replay").orElseThrow().seq()).isGreaterThan(jump.seq());
        assertThat(attack(t, "late-replay").orElseThrow().at()).isAfterOrEqualTo(jump.at());
    }

    @Test
    void nonceStoreRefusesBothCopiesAndRaisesAnAlert() {
        Trace t = run("replay", "nonce-store=true");
        assertThat(t.summary()).containsEntry("payments", 1L);
        assertThat(stoppedBy(t, "replay")).isEqualTo("replay.nonce-seen");
        assertThat(stoppedBy(t, "late-replay")).isEqualTo("replay.nonce-seen");
        assertThat(failed(t, "replay.nonce-seen")).hasSize(2)
                .allSatisfy(e -> assertThat(e.text("reason").orElseThrow()).contains("already used"));
        assertThat(kind(t, "alert.raised")).isNotEmpty();
        assertThat(responsesTo(t, "attacker")).extracting(e -> e.status().orElseThrow()).containsExactly(401, 409, 409);
    }

    @Test
    void aTimestampWindowAloneLetsTheQuickCopyThroughAndStopsTheLateOne() {
        Trace t = run("replay", "timestamp-window=5m");
        assertThat(t.summary()).containsEntry("payments", 2L);
        assertThat(outcome(t, "replay")).isEqualTo("succeeded");
        assertThat(stoppedBy(t, "late-replay")).isEqualTo("replay.timestamp-window");
        assertThat(failed(t, "replay.timestamp-window")).singleElement()
                .satisfies(e -> assertThat(e.text("reason").orElseThrow()).contains("10 min").contains("outside"));
    }

    @Test
    void aWindowLongerThanTheDelayDoesNotStopTheLateCopy() {
        Trace t = run("replay", "timestamp-window=15m");
        assertThat(t.summary()).containsEntry("payments", 3L);
        assertThat(failed(t, "replay.timestamp-window")).isEmpty();
        assertThat(passed(t, "replay.timestamp-window")).hasSize(3);
    }

    @Test
    void withWindowAndNonceStoreTheLateCopyFailsTheWindowFirst() {
        Trace t = run("replay", "timestamp-window=5m", "nonce-store=true");
        assertThat(t.summary()).containsEntry("payments", 1L);
        assertThat(stoppedBy(t, "replay")).isEqualTo("replay.nonce-seen");
        assertThat(stoppedBy(t, "late-replay")).isEqualTo("replay.timestamp-window");
    }

    @Test
    void idempotencyKeyReturnsTheSavedResultAndMovesNoMoney() {
        Trace t = run("replay", "idempotency-key=true");
        assertThat(t.summary()).containsEntry("payments", 1L);
        assertThat(stoppedBy(t, "replay")).isEqualTo("replay.idempotency-key");
        assertThat(stoppedBy(t, "late-replay")).isEqualTo("replay.idempotency-key");
        assertThat(responsesTo(t, "attacker")).filteredOn(e -> e.data().containsKey("replayed"))
                .hasSize(2).allSatisfy(e -> assertThat(e.status()).contains(201));
        assertThat(kind(t, "http.request").get(0).artifacts().get(0).text()).contains("Idempotency-Key: pay-");
    }
}
