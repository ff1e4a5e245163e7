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

class ApiKeysScenarioTest {

    private static String firstKey(Trace t) {
        return kind(t, "key.created").get(0).artifacts().get(0).text();
    }

    private static String outcome(Trace t, String step) {
        return attack(t, step).flatMap(e -> e.text("outcome")).orElseThrow();
    }

    private static String stoppedBy(Trace t, String step) {
        return attack(t, step).flatMap(e -> e.check()).orElse("-");
    }

    private static long leaksBy(Trace t, String actor) {
        return kind(t, "data.leaked").stream().filter(e -> e.actor().equals(actor)).count();
    }

    @Test
    void byDefaultTheAttackerFindsNothingUsableAndTheScopeStopsTheOverreachingPartner() {
        Trace t = run("api-keys");
        String key = firstKey(t);
        assertThat(key).startsWith("tfk_");
        assertThat(kind(t, "log.written")).allSatisfy(e -> assertThat(e.artifacts().get(0).text()).doesNotContain(key));
        assertThat(kind(t, "key.stored").get(0).artifacts().get(0).text()).doesNotContain(key);
        assertThat(stoppedBy(t, "use-logged-key")).isEqualTo("apikey.hash-match");
        assertThat(stoppedBy(t, "use-dumped-key")).isEqualTo("apikey.hash-match");
        assertThat(leaksBy(t, "attacker")).isZero();
        assertThat(failed(t, "apikey.scope")).singleElement()
                .satisfies(e -> assertThat(e.text("reason").orElseThrow()).contains("not customers:read"));
        assertThat(responsesTo(t, "partner-server")).extracting(e -> e.status().orElseThrow()).contains(403);
    }

    @Test
    void aKeyInTheUrlLandsInTheLogAndTheAttackerUsesItUntilItIsRevoked() {
        Trace t = run("api-keys", "key-in-url=true");
        String key = firstKey(t);
        TraceEvent firstLog = kind(t, "log.written").get(0);
        assertThat(firstLog.artifacts().get(0).text()).contains("?api_key=" + key);
        assertThat(outcome(t, "use-logged-key")).isEqualTo("succeeded");
        assertThat(leaksBy(t, "attacker")).isEqualTo(1);
        assertThat(stoppedBy(t, "read-customers")).isEqualTo("apikey.scope");
        assertThat(stoppedBy(t, "reuse-after-rotation")).isEqualTo("apikey.revoked");
        assertThat(kind(t, "alert.raised")).extracting(TraceEvent::caption).anyMatch(c -> c.contains("revoked key"));
    }

    @Test
    void aPlaintextStoreDumpGivesTheAttackerAWorkingKey() {
        Trace t = run("api-keys", "store=plaintext");
        assertThat(kind(t, "key.stored").get(0).artifacts().get(0).text()).contains(firstKey(t));
        assertThat(outcome(t, "use-dumped-key")).isEqualTo("succeeded");
        assertThat(kind(t, "data.leaked")).extracting(TraceEvent::caption).anyMatch(c -> c.contains("usable form"));
    }

    @Test
    void aBroadScopeLetsTheKeyReadCustomers() {
        Trace t = run("api-keys", "key-scope=all-endpoints");
        assertThat(failed(t, "apikey.scope")).isEmpty();
        assertThat(responsesTo(t, "partner-server")).extracting(e -> e.status().orElseThrow()).contains(200);
        assertThat(leaksBy(t, "partner-server")).isEqualTo(1);

        Trace stolen = run("api-keys", "key-scope=all-endpoints", "key-in-url=true");
        assertThat(outcome(stolen, "read-customers")).isEqualTo("succeeded");
    }

    @Test
    void overlapKeepsTwoKeysActiveThenRevokesTheOldOne() {
        Trace t = run("api-keys");
        assertThat(kind(t, "key.created")).hasSize(2);
        assertThat(passed(t, "apikey.revoked")).extracting(e -> e.text("reason").orElseThrow())
                .anyMatch(r -> r.startsWith("key-1") && r.contains("2 active keys"));
        assertThat(kind(t, "key.revoked")).singleElement();
        assertThat(t.summary()).containsEntry("partnerCallsRefusedByRotation", 0L).containsEntry("activeKeys", 1L);
    }

    @Test
    void withoutRotationTheLeakedKeyStillWorksMonthsLater() {
        Trace t = run("api-keys", "rotation=none", "key-in-url=true");
        assertThat(kind(t, "key.created")).hasSize(1);
        assertThat(kind(t, "key.revoked")).isEmpty();
        assertThat(outcome(t, "reuse-after-rotation")).isEqualTo("succeeded");
        assertThat(kind(t, "clock.jump").get(0).text("by")).contains("PT2160H");
    }

    @Test
    void aHardCutoverBreaksThePartnerUntilItSwitches() {
        Trace t = run("api-keys", "rotation=hard-cutover");
        assertThat(failed(t, "apikey.revoked")).singleElement();
        assertThat(responsesTo(t, "partner-server")).extracting(e -> e.status().orElseThrow()).contains(401);
        assertThat(t.summary()).containsEntry("partnerCallsRefusedByRotation", 1L);
        assertThat(kind(t, "alert.raised")).extracting(TraceEvent::caption).anyMatch(c -> c.contains("ShipCo"));
    }

    @Test
    void theWalletsFollowTheKeyFromIssueToTheftToRevocation() {
        assertThat(MfaRateLimitScenarioTest.wallet(run("api-keys", "key-in-url=true"))).containsExactly(
                "issued partner-server key-1", "stolen attacker key-1", "issued partner-server key-2",
                "rotated partner-server key-2", "revoked attacker key-1");
        assertThat(MfaRateLimitScenarioTest.wallet(run("api-keys", "rotation=hard-cutover"))).containsExactly(
                "issued partner-server key-1", "issued partner-server key-2", "revoked partner-server key-1",
                "rotated partner-server key-2");
    }
}
