package dev.trustflow.sim.scenarios.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.scenario.TraceFacts;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretsManagementScenarioTest {

    private static Trace run(String credentials, boolean envelope, boolean rotation, boolean shred) {
        return TraceFacts.run(new SecretsManagementScenario(), Map.of("db-credentials", credentials,
                "envelope", String.valueOf(envelope), "kek-rotation", String.valueOf(rotation),
                "shred", String.valueOf(shred)), 1);
    }

    private static List<String> checksBy(Trace trace, String actor, String kind) {
        return TraceFacts.ofKind(trace, kind).stream().filter(e -> e.actor().equals(actor))
                .map(e -> e.check().orElseThrow()).toList();
    }

    private static String artifact(TraceEvent event, String label) {
        return event.artifacts().stream().filter(a -> a.label().equals(label)).map(Artifact::text).findFirst()
                .orElseThrow();
    }

    private static TraceEvent attackerLogin(Trace trace) {
        return TraceFacts.ofKind(trace, "attack.step").stream()
                .filter(e -> "db-login".equals(e.data().get("step"))).findFirst().orElseThrow();
    }

    @Test
    void aLeakedStaticPasswordLogsTheAttackerIn() {
        Trace trace = run("static", false, false, false);

        assertThat(attackerLogin(trace).data()).containsEntry("outcome", "succeeded");
        assertThat(checksBy(trace, "orders-db", "check.fail")).isEmpty();
        TraceEvent leak = TraceFacts.ofKind(trace, "data.leaked").get(0);
        assertThat(artifact(leak, "SELECT * FROM orders")).contains("card 4111 1111 1111 1111");
        assertThat(trace.summary()).containsEntry("attackerLogin", "accepted");
    }

    @Test
    void withEnvelopeEncryptionTheAttackerInsideTheDatabaseGetsOnlyCiphertext() {
        Trace trace = run("static", true, false, false);

        TraceEvent leak = TraceFacts.ofKind(trace, "data.leaked").get(0);
        assertThat(leak.data()).containsEntry("encrypted", true);
        assertThat(artifact(leak, "SELECT * FROM orders")).contains("r-1001 | ").doesNotContain("Alice", "4111");
    }

    @Test
    void aLeakedDynamicPasswordIsRefusedAfterItsLeaseExpired() {
        Trace trace = run("dynamic", false, false, false);

        List<String> lifecycle = trace.events().stream().map(TraceEvent::kind)
                .filter(k -> k.startsWith("lease.")).toList();
        assertThat(lifecycle).containsExactly("lease.issued", "lease.renewed", "lease.expired");
        TraceEvent expired = TraceFacts.ofKind(trace, "lease.expired").get(0);
        TraceEvent tried = attackerLogin(trace);
        assertThat(tried.at()).isAfter(expired.at());
        assertThat(tried.data()).containsEntry("outcome", "blocked");
        assertThat(checksBy(trace, "orders-db", "check.fail")).containsExactly("db.role-exists");
        assertThat(TraceFacts.ofKind(trace, "data.leaked")).isEmpty();
        assertThat(TraceFacts.lastStatusTo(trace, "attacker")).contains(401);
    }

    @Test
    void theLeaseAndTheTokenGoThroughEveryStateInTheWallets() {
        Trace trace = run("dynamic", true, true, true);

        List<String> changes = trace.events().stream()
                .flatMap(e -> walletChanges(e).stream()).toList();
        assertThat(changes).contains("issued orders db-lease", "rotated orders db-lease", "expired orders db-lease",
                "stolen attacker db-lease", "issued orders vault-token", "revoked orders vault-token");
    }

    @SuppressWarnings("unchecked")
    private static List<String> walletChanges(TraceEvent event) {
        Object wallet = event.data().get("wallet");
        if (wallet == null) {
            return List.of();
        }
        return ((List<Map<String, Object>>) wallet).stream()
                .map(c -> c.get("op") + " " + c.get("holder") + " " + c.get("id")).toList();
    }

    @Test
    void oldRecordsStillDecryptAfterTheKekRotationAndNewOnesUseTheNewKek() {
        Trace trace = run("dynamic", true, true, false);

        assertThat(TraceFacts.ofKind(trace, "record.stored")).extracting(e -> e.data().get("kek"))
                .containsExactly("kek-1", "kek-1", "kek-2");
        assertThat(TraceFacts.ofKind(trace, "record.read")).extracting(e -> e.data().get("kek"))
                .containsExactly("kek-1", "kek-1", "kek-2");
        assertThat(checksBy(trace, "orders", "check.pass")).containsExactly("aead.tag", "aead.tag",
                "aead.tag");
        assertThat(trace.summary()).containsEntry("recordsReadable", 3L);
    }

    @Test
    void aShreddedRecordFailsToDecryptWithEveryKeyLeft() {
        Trace trace = run("dynamic", true, true, true);

        assertThat(checksBy(trace, "vault", "check.fail")).containsExactly("kek.unwrap", "aead.tag");
        assertThat(TraceFacts.ofKind(trace, "record.read")).extracting(e -> e.data().get("record"))
                .containsExactly("r-1002", "r-1003");
        assertThat(trace.summary()).containsEntry("recordsReadable", 2L);
    }

    @Test
    void theAuditLogListsEveryVaultAccessAndNoSecret() {
        Trace trace = run("dynamic", true, true, true);

        String log = artifact(TraceFacts.ofKind(trace, "audit.read").get(0), "vault audit log");
        long vaultRequests = TraceFacts.ofKind(trace, "http.request").stream()
                .filter(e -> "vault".equals(e.target())).count();
        List<String> lines = log.lines().toList();
        assertThat(lines).hasSize((int) vaultRequests + 2);
        assertThat(lines).anyMatch(l -> l.contains("/kek") || l.contains("rotate"))
                .anyMatch(l -> l.contains("EXPIRE"))
                .anyMatch(l -> l.contains("-> denied (kek.unwrap)"));
        String leakedConfig = artifact(TraceFacts.ofKind(trace, "config.leaked").get(0), "db.conf in the crash dump");
        String password = leakedConfig.lines().filter(l -> l.startsWith("db.password=")).findFirst().orElseThrow()
                .substring("db.password=".length());
        assertThat(log).doesNotContain(password);
    }
}
