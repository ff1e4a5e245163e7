package dev.trustflow.sim.scenarios.layers;

import static dev.trustflow.sim.scenarios.layers.EncryptionLayersScenario.BOB;
import static dev.trustflow.sim.scenarios.layers.EncryptionLayersScenario.DATABASE;
import static dev.trustflow.sim.scenarios.layers.EncryptionLayersScenario.MALLORY;
import static dev.trustflow.sim.scenarios.layers.EncryptionLayersScenario.MESSAGE;
import static dev.trustflow.sim.scenarios.layers.EncryptionLayersScenario.SERVER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.scenario.TraceFacts;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each what-if of lesson 19 ends as the real decryptions decide: what Mallory's attempt at her point produced (and
 * the library's reason when it failed), whether a leak was recorded, and every cell of the matrix.
 */
class EncryptionLayersScenarioTest {

    private static final String SECRET = "door code is 4711";

    private final EncryptionLayersScenario scenario = new EncryptionLayersScenario();

    private Trace run(boolean tls, boolean atRest, boolean e2e, String attacker) {
        return TraceFacts.run(scenario, Map.of("tls", String.valueOf(tls), "at-rest", String.valueOf(atRest),
                "e2e", String.valueOf(e2e), "attacker", attacker), 5);
    }

    @Test
    void tlsAloneProtectsTheWireButADumpOfThePlainRowLeaksTheMessage() {
        Trace trace = run(true, false, false, "db-dump");

        TraceEvent post = request(trace, "POST", SERVER);
        assertThat(post.artifacts().get(0).label()).isEqualTo("on the wire (hex)");
        assertThat(decoded(post.artifacts().get(0))).doesNotContain(SECRET);
        TraceEvent attempt = only(trace, "check.pass");
        assertThat(attempt.actor()).isEqualTo(MALLORY);
        assertThat(attempt.check()).contains(EncryptionLayersScenario.CHECK_READ);
        TraceEvent leak = only(trace, "data.leaked");
        assertThat(leak.artifacts().get(0).text()).isEqualTo(MESSAGE);
        assertThat(trace.summary()).containsEntry("wire", "cannot read").containsEntry("server", "reads")
                .containsEntry("dump", "reads").containsEntry("bob", "reads").containsEntry("leaked", true);
    }

    @Test
    void atRestKeepsTheDumpUnreadableTheRowHoldsNoPlaintextAndNoKeyOpensIt() {
        Trace trace = run(true, true, false, "db-dump");

        TraceEvent stored = reply(trace, DATABASE, 201);
        byte[] row = HexFormat.of().parseHex(stored.artifacts().get(0).text());
        assertThat(new String(row, StandardCharsets.ISO_8859_1)).doesNotContain(SECRET);
        TraceEvent attempt = only(trace, "check.fail");
        assertThat(attempt.actor()).isEqualTo(MALLORY);
        assertThat(attempt.text(EncryptionLayersScenario.LAYER)).contains("at-rest");
        assertThat(attempt.text("reason").orElseThrow()).contains("no database key");
        assertThat(TraceFacts.ofKind(trace, "data.leaked")).isEmpty();
        assertThat(trace.summary()).containsEntry("dump", "cannot read").containsEntry("server", "reads")
                .containsEntry("leaked", false);
        TraceEvent serverOpens = only(trace, "check.pass");
        assertThat(serverOpens.actor()).isEqualTo(SERVER);
        assertThat(serverOpens.check()).contains("aead.tag");
    }

    @Test
    void atRestDoesNotStopAnAttackerInsideTheServerWhoHoldsTheDatabaseKey() {
        Trace trace = run(true, true, false, "server-compromised");

        TraceEvent took = only(trace, "attack.step");
        assertThat(took.text("keys").orElseThrow()).contains("the server's database key");
        assertThat(only(trace, "data.leaked").artifacts().get(0).text()).isEqualTo(MESSAGE);
    }

    @Test
    void endToEndDefeatsTheCompromisedServerItsOwnKeyFailsTheGcmTag() {
        Trace trace = run(true, true, true, "server-compromised");

        TraceEvent attempt = TraceFacts.ofKind(trace, "check.fail").stream()
                .filter(e -> e.actor().equals(MALLORY)).findFirst().orElseThrow();
        assertThat(attempt.text(EncryptionLayersScenario.LAYER)).contains("e2e");
        assertThat(attempt.text(EncryptionLayersScenario.EXCEPTION)).contains("AEADBadTagException");
        assertThat(attempt.text("reason").orElseThrow()).contains("the server's TLS private key");
        assertThat(TraceFacts.ofKind(trace, "data.leaked")).isEmpty();
        assertThat(TraceFacts.ofKind(trace, "check.pass")).extracting(TraceEvent::actor).contains(BOB);
        assertThat(trace.summary()).containsEntry("server", "cannot read").containsEntry("bob", "reads")
                .containsEntry("bobRead", true);
    }

    @Test
    void withoutTlsTheObserverReadsThePlainPostAndWithTlsTheRecordsStopHer() {
        Trace plain = run(false, false, false, "network");
        assertThat(request(plain, "POST", SERVER).artifacts().get(0).text()).isEqualTo(MESSAGE);
        assertThat(only(plain, "data.leaked").artifacts().get(0).text()).isEqualTo(MESSAGE);

        Trace tls = run(true, false, false, "network");
        TraceEvent attempt = only(tls, "check.fail");
        assertThat(attempt.text(EncryptionLayersScenario.LAYER)).contains("tls");
        assertThat(TraceFacts.ofKind(tls, "data.leaked")).isEmpty();
    }

    @Test
    void endToEndWithoutTlsTheObserverHoldsOnlyTheEnvelopeAndNoKey() {
        Trace trace = run(false, false, true, "network");

        assertThat(decoded(request(trace, "POST", SERVER).artifacts().get(0))).doesNotContain(SECRET);
        TraceEvent attempt = only(trace, "check.fail");
        assertThat(attempt.text(EncryptionLayersScenario.LAYER)).contains("e2e");
        assertThat(attempt.text("reason").orElseThrow()).contains("no private key");
        assertThat(TraceFacts.ofKind(trace, "data.leaked")).isEmpty();
    }

    @ParameterizedTest(name = "tls={0} at-rest={1} e2e={2}")
    @CsvSource({"false,false,false", "true,false,false", "false,true,false", "true,true,false",
            "false,false,true", "true,false,true", "false,true,true", "true,true,true"})
    void theMatrixIsWhatEachHoldersAttemptProduced(boolean tls, boolean atRest, boolean e2e) {
        Trace trace = run(tls, atRest, e2e, "db-dump");

        TraceEvent matrix = TraceFacts.ofKind(trace, "note.shown").get(TraceFacts.ofKind(trace, "note.shown").size()
                - 1);
        assertThat(matrix.text("wire")).contains(verdict(!tls && !e2e));
        assertThat(matrix.text("server")).contains(verdict(!e2e));
        assertThat(matrix.text("dump")).contains(verdict(!atRest && !e2e));
        assertThat(matrix.text("bob")).contains(verdict(true));
        assertThat(matrix.artifacts().get(0).text()).contains("network observer").contains("database dump");
        assertThat(TraceFacts.ofKind(trace, "data.leaked").isEmpty()).isEqualTo(atRest || e2e);
    }

    private static String verdict(boolean reads) {
        return reads ? "reads" : "cannot read";
    }

    private static String decoded(Artifact artifact) {
        if (artifact.label().endsWith("(hex)")) {
            return new String(HexFormat.of().parseHex(artifact.text()), StandardCharsets.ISO_8859_1);
        }
        return artifact.text();
    }

    private static TraceEvent request(Trace trace, String method, String target) {
        return TraceFacts.ofKind(trace, "http.request").stream()
                .filter(e -> target.equals(e.target()) && e.text("method").orElse("").equals(method))
                .findFirst().orElseThrow();
    }

    private static TraceEvent reply(Trace trace, String from, int status) {
        return TraceFacts.ofKind(trace, "http.response").stream()
                .filter(e -> from.equals(e.actor()) && e.status().orElse(0) == status).findFirst().orElseThrow();
    }

    private static TraceEvent only(Trace trace, String kind) {
        List<TraceEvent> events = TraceFacts.ofKind(trace, kind);
        assertThat(events).as(kind).hasSize(1);
        return events.get(0);
    }
}
