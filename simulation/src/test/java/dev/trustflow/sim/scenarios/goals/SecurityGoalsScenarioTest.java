package dev.trustflow.sim.scenarios.goals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.check.CheckExplanations;
import dev.trustflow.sim.crypto.EcKeys;
import dev.trustflow.sim.crypto.MessageIntegrity;
import dev.trustflow.sim.scenario.ScenarioRunner;
import dev.trustflow.sim.scenarios.BundledScenarios;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecurityGoalsScenarioTest {

    private static final HexFormat HEX = HexFormat.of();
    private final SecurityGoalsScenario scenario = new SecurityGoalsScenario();

    private Trace run(String protection, String attacker) {
        return new ScenarioRunner().run(scenario, Map.of("protection", protection, "attacker", attacker), 1);
    }

    private static List<TraceEvent> ofKind(Trace trace, String kind) {
        return trace.events().stream().filter(e -> e.kind().equals(kind)).toList();
    }

    private static Optional<TraceEvent> first(Trace trace, String kind) {
        return ofKind(trace, kind).stream().findFirst();
    }

    private static Optional<TraceEvent> check(Trace trace, String actor, String id) {
        return trace.events().stream().filter(TraceEvent::isCheck)
                .filter(e -> e.actor().equals(actor) && e.check().orElse("").equals(id)).findFirst();
    }

    private static String artifact(TraceEvent event, String labelStart) {
        return event.artifacts().stream().filter(a -> a.label().startsWith(labelStart)).map(Artifact::text)
                .findFirst().orElseThrow(() -> new AssertionError("no artifact " + labelStart + " on " + event));
    }

    private static TraceEvent goals(Trace trace) {
        return first(trace, "note.shown").orElseThrow();
    }

    private static String cell(Trace trace, String goal) {
        return goals(trace).text(goal).orElseThrow();
    }

    @Test
    void isRegisteredFirstWithItsActors() {
        assertThat(BundledScenarios.catalog().all().get(0).id()).isEqualTo("security-goals");
        Trace trace = run("aes-ctr", "flips");
        assertThat(trace.topology().actors()).extracting(a -> a.id())
                .containsExactlyInAnyOrder("alice", "mallory", "bank", "auditor");
    }

    @Test
    void everyCheckTheRunsReportIsExplained() {
        CheckExplanations explanations = CheckExplanations.bundled();
        for (String protection : List.of("none", "aes-ctr", "aes-gcm", "signed")) {
            for (String attacker : List.of("passive", "flips")) {
                run(protection, attacker).events().stream().filter(TraceEvent::isCheck)
                        .map(e -> e.check().orElseThrow())
                        .forEach(id -> assertThat(explanations.find(id)).as(id).isPresent());
            }
        }
        assertThat(explanations.find("aead.tag").orElseThrow().spec()).contains("NIST SP 800-38D");
    }

    @Test
    void aesCtrBitFlipTurnsTheAmountIntoNineHundredAndTheBankPays() {
        Trace trace = run("aes-ctr", "flips");
        TraceEvent flip = ofKind(trace, "attack.step").stream()
                .filter(e -> "flip".equals(e.text("step").orElse(""))).findFirst().orElseThrow();
        byte[] before = HEX.parseHex(artifact(flip, "ciphertext before"));
        byte[] after = HEX.parseHex(artifact(flip, "ciphertext after"));
        assertThat(before).hasSameSizeAs(after);
        for (int i = 0; i < before.length; i++) {
            assertThat((byte) (before[i] ^ after[i])).as("byte %d", i).isEqualTo(i == 5 ? (byte) 0x08 : (byte) 0);
        }
        // The ciphertext is not the plain order: Mallory saw no plaintext and never held the key.
        assertThat(new String(before, StandardCharsets.UTF_8)).doesNotContain("PAY");
        assertThat(first(trace, "data.leaked")).isEmpty();

        TraceEvent read = first(trace, "order.read").orElseThrow();
        assertThat(artifact(read, "what the bank read")).isEqualTo("PAY $900 FROM ACCT-1001");
        assertThat(ofKind(trace, "check.fail")).isEmpty();
        assertThat(first(trace, "payment.made").orElseThrow().text("amount")).contains("$900");
        assertThat(trace.summary()).containsEntry("paid", "$900");
    }

    @Test
    void aesGcmRefusesTheSameFlipBecauseTheJdkThrowsAeadBadTagException() {
        Trace trace = run("aes-gcm", "flips");
        TraceEvent tag = check(trace, "bank", "aead.tag").orElseThrow();
        assertThat(tag.kind()).isEqualTo("check.fail");
        assertThat(tag.text("reason")).get().asString().contains("AEADBadTagException");
        assertThat(first(trace, "order.read")).isEmpty();
        assertThat(first(trace, "payment.made")).isEmpty();
        assertThat(first(trace, "alert.raised").orElseThrow().cause()).isEqualTo(tag.seq());
        assertThat(trace.summary()).containsEntry("paid", "nothing");
    }

    @Test
    void aesGcmWithAPassiveAttackerPassesTheTagAndPaysTheOriginalAmount() {
        Trace trace = run("aes-gcm", "passive");
        assertThat(check(trace, "bank", "aead.tag").orElseThrow().kind()).isEqualTo("check.pass");
        assertThat(artifact(first(trace, "order.read").orElseThrow(), "what the bank read"))
                .isEqualTo("PAY $100 FROM ACCT-1001");
        assertThat(first(trace, "origin.unprovable")).isPresent();
    }

    @Test
    void plainTextIsReadByAPassiveAttackerAndEncryptionHidesIt() {
        Trace plain = run("none", "passive");
        TraceEvent leak = first(plain, "data.leaked").orElseThrow();
        assertThat(artifact(leak, "what Mallory read")).isEqualTo("PAY $100 FROM ACCT-1001");
        for (String protection : List.of("aes-ctr", "aes-gcm", "signed")) {
            Trace trace = run(protection, "passive");
            assertThat(first(trace, "data.leaked")).as(protection).isEmpty();
            TraceEvent seen = ofKind(trace, "attack.step").get(0);
            assertThat(new String(HEX.parseHex(artifact(seen, "what Mallory sees")), StandardCharsets.UTF_8))
                    .as(protection).doesNotContain("PAY");
        }
    }

    @Test
    void theSignatureVerifiesForTheAuditorAndFailsForAModifiedOrder() {
        Trace trace = run("signed", "passive");
        assertThat(check(trace, "bank", "sig.verify").orElseThrow().kind()).isEqualTo("check.pass");
        assertThat(check(trace, "auditor", "sig.verify").orElseThrow().kind()).isEqualTo("check.pass");
        assertThat(first(trace, "origin.proven")).isPresent();

        TraceEvent signingKey = ofKind(trace, "key.created").stream().filter(e -> !e.artifacts().isEmpty())
                .findFirst().orElseThrow();
        String pem = artifact(signingKey, "Alice's public key");
        TraceEvent handed = ofKind(trace, "message.sent").stream().filter(e -> "auditor".equals(e.target()))
                .findFirst().orElseThrow();
        byte[] signature = HEX.parseHex(artifact(handed, "Alice's signature"));
        byte[] order = artifact(handed, "order").getBytes(StandardCharsets.UTF_8);
        assertThat(MessageIntegrity.verifySignature(EcKeys.parsePublicKeyPem(pem), order, signature).passed()).isTrue();
        byte[] modified = "PAY $900 FROM ACCT-1001".getBytes(StandardCharsets.UTF_8);
        assertThat(MessageIntegrity.verifySignature(EcKeys.parsePublicKeyPem(pem), modified, signature).passed())
                .isFalse();
    }

    @Test
    void theBankAuthorizesAfterItAuthenticatesAndAsksADifferentQuestion() {
        Trace trace = run("signed", "passive");
        TraceEvent sig = check(trace, "bank", "sig.verify").orElseThrow();
        TraceEvent authz = check(trace, "bank", "authz.object-owner").orElseThrow();
        assertThat(authz.seq()).isGreaterThan(sig.seq());
        assertThat(authz.text("reason")).get().asString().contains("ACCT-1001 belongs to alice")
                .contains("proven by her signature");
        assertThat(check(run("none", "flips"), "bank", "authz.object-owner").orElseThrow().text("reason")).get()
                .asString().contains("nothing proves it");
    }

    @Test
    void theGoalsTableAgreesWithTheEventsOfEachRun() {
        for (String protection : List.of("none", "aes-ctr", "aes-gcm", "signed")) {
            for (String attacker : List.of("passive", "flips")) {
                Trace trace = run(protection, attacker);
                String as = protection + "/" + attacker;
                boolean leaked = first(trace, "data.leaked").isPresent();
                assertThat(cell(trace, "confidentiality")).as(as).startsWith(leaked ? "broken" : "kept");

                Optional<TraceEvent> tag = check(trace, "bank", "aead.tag");
                Optional<String> read = first(trace, "order.read").map(e -> artifact(e, "what the bank read"));
                String integrity = cell(trace, "integrity");
                if (tag.filter(t -> t.kind().equals("check.fail")).isPresent()) {
                    assertThat(integrity).as(as).startsWith("kept: aead.tag refused");
                } else if (read.filter(r -> !r.equals("PAY $100 FROM ACCT-1001")).isPresent()) {
                    assertThat(integrity).as(as).startsWith("broken").contains(read.get());
                } else {
                    assertThat(integrity).as(as).startsWith("not attacked");
                }

                boolean paid = first(trace, "payment.made").isPresent();
                assertThat(cell(trace, "authorization")).as(as).startsWith(
                        check(trace, "bank", "authz.object-owner").isPresent() ? "allowed" : "not reached");
                String nonRepudiation = cell(trace, "non-repudiation");
                if (first(trace, "origin.proven").isPresent()) {
                    assertThat(nonRepudiation).as(as).startsWith("kept");
                    assertThat(check(trace, "auditor", "sig.verify").orElseThrow().kind()).isEqualTo("check.pass");
                } else {
                    assertThat(nonRepudiation).as(as).startsWith(paid ? "not given" : "not reached");
                }
                assertThat(check(trace, "bank", "sig.verify").isPresent()).as(as)
                        .isEqualTo(cell(trace, "authentication").contains("sig.verify"));
                assertThat(artifact(goals(trace), "security goals")).as(as)
                        .contains(cell(trace, "integrity"), cell(trace, "non-repudiation"));
            }
        }
    }
}
