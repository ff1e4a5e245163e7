package dev.trustflow.sim.scenarios.basics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.crypto.EcKeys;
import dev.trustflow.sim.crypto.MessageIntegrity;
import dev.trustflow.sim.scenario.ScenarioRunner;
import dev.trustflow.sim.scenarios.BundledScenarios;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceCodec;
import dev.trustflow.sim.trace.TraceEvent;
import dev.trustflow.sim.world.Channel;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HashMacSignatureScenarioTest {

    private final HashMacSignatureScenario scenario = new HashMacSignatureScenario();

    private Trace run(String protection, long seed) {
        return new ScenarioRunner().run(scenario, Map.of("protection", protection), seed);
    }

    private static List<TraceEvent> checks(Trace trace, String actor) {
        return trace.events().stream().filter(TraceEvent::isCheck).filter(e -> e.actor().equals(actor)).toList();
    }

    private static Optional<TraceEvent> first(Trace trace, String kind) {
        return trace.events().stream().filter(e -> e.kind().equals(kind)).findFirst();
    }

    private static String artifact(TraceEvent event, String labelStart) {
        return event.artifacts().stream().filter(a -> a.label().startsWith(labelStart)).map(Artifact::text)
                .findFirst().orElseThrow();
    }

    @Test
    void isRegisteredWithItsFixedActorsAndAnAttackLink() {
        assertThat(BundledScenarios.catalog().find("hash-mac-signature")).isPresent();
        Trace trace = run("hash", 1);
        assertThat(trace.topology().actors()).extracting(a -> a.id())
                .containsExactlyInAnyOrder("alice", "bob", "attacker", "carol");
        assertThat(trace.topology().link("alice", "attacker")).get().extracting(l -> l.channel())
                .isEqualTo(Channel.ATTACK);
        assertThat(trace.options()).containsEntry("protection", "hash");
    }

    @Test
    void withAPlainHashTheAttackerRecomputesTheDigestAndTheForgeryIsAccepted() {
        Trace trace = run("hash", 1);
        TraceEvent bobCheck = checks(trace, "bob").get(0);
        assertThat(bobCheck.kind()).isEqualTo("check.pass");
        assertThat(bobCheck.check()).contains("hash.match");

        TraceEvent delivered = trace.events().stream()
                .filter(e -> e.kind().equals("message.sent") && "bob".equals(e.target())).findFirst().orElseThrow();
        String order = artifact(delivered, "order");
        String digest = artifact(delivered, "SHA-256");
        assertThat(order).isEqualTo("Pay Eve 1000 EUR");
        // The digest Bob received really is the SHA-256 of the edited text: the attacker recomputed it.
        assertThat(digest).isEqualTo(MessageIntegrity.hex(MessageIntegrity.sha256(order.getBytes(StandardCharsets.UTF_8))));

        assertThat(first(trace, "data.leaked")).get().extracting(TraceEvent::caption).asString()
                .contains("Forged message accepted");
        assertThat(trace.summary()).containsEntry("forgeryAccepted", true);
    }

    @Test
    void withHmacTheAttackerLacksTheKeyAndBobRejects() {
        Trace trace = run("hmac", 1);
        TraceEvent bobCheck = checks(trace, "bob").get(0);
        assertThat(bobCheck.kind()).isEqualTo("check.fail");
        assertThat(bobCheck.check()).contains("hmac.verify");
        assertThat(bobCheck.text("reason")).get().asString().contains("without the shared key");
        assertThat(first(trace, "data.leaked")).isEmpty();
        assertThat(first(trace, "alert.raised")).isPresent();
        assertThat(checks(trace, "carol")).isEmpty();
        assertThat(trace.summary()).containsEntry("forgeryAccepted", false)
                .containsEntry("originProvenToThirdParty", false);
    }

    @Test
    void withASignatureBobRejectsAndCarolProvesTheOriginWithThePublicKeyAlone() {
        Trace trace = run("signature", 1);
        TraceEvent bobCheck = checks(trace, "bob").get(0);
        assertThat(bobCheck.kind()).isEqualTo("check.fail");
        assertThat(bobCheck.check()).contains("sig.verify");

        TraceEvent carolCheck = checks(trace, "carol").get(0);
        assertThat(carolCheck.kind()).isEqualTo("check.pass");
        assertThat(carolCheck.check()).contains("sig.verify");

        // Re-verify independently from the artifacts: the PEM public key and the hex signature of the receipt.
        String pem = artifact(first(trace, "key.created").orElseThrow(), "Alice's public key");
        TraceEvent receipt = trace.events().stream()
                .filter(e -> e.kind().equals("message.sent") && "carol".equals(e.target())).findFirst().orElseThrow();
        byte[] signature = HexFormat.of().parseHex(artifact(receipt, "signature"));
        byte[] order = artifact(receipt, "order").getBytes(StandardCharsets.UTF_8);
        assertThat(MessageIntegrity.verifySignature(EcKeys.parsePublicKeyPem(pem), order, signature).passed()).isTrue();
        assertThat(trace.summary()).containsEntry("forgeryAccepted", false)
                .containsEntry("originProvenToThirdParty", true);
    }

    @Test
    void bobsCheckNamesTheMessageHeReceivedAndHisVerdictNamesHisCheck() {
        for (String protection : List.of("hash", "hmac", "signature")) {
            Trace trace = run(protection, 1);
            TraceEvent bobCheck = checks(trace, "bob").get(0);
            TraceEvent received = trace.event(bobCheck.cause());
            assertThat(received.kind()).as(protection).isEqualTo("message.sent");
            assertThat(received.actor()).as(protection).isEqualTo("attacker");
            assertThat(received.target()).as(protection).isEqualTo("bob");
            TraceEvent verdict = first(trace, bobCheck.kind().equals("check.pass")
                    ? "data.leaked" : "alert.raised").orElseThrow();
            assertThat(verdict.cause()).as(protection).isEqualTo(bobCheck.seq());
            TraceEvent edit = first(trace, "attack.step").orElseThrow();
            assertThat(trace.event(edit.cause()).target()).as(protection + ": the edit follows the interception")
                    .isEqualTo("attacker");
        }
    }

    @Test
    void theSharedHmacKeyIsHeldByAliceAndBobAndTheAttackersOwnKeyOpensNothing() {
        Trace trace = run("hmac", 1);
        assertThat(walletChanges(first(trace, "key.created").orElseThrow()))
                .extracting(c -> c.get("holder")).containsExactly("alice", "bob");
        TraceEvent recompute = trace.events().stream()
                .filter(e -> e.kind().equals("attack.step") && "recompute".equals(e.text("step").orElse("")))
                .findFirst().orElseThrow();
        assertThat(walletChanges(recompute)).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("holder", "attacker").containsEntry("opens", List.of()));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> walletChanges(TraceEvent event) {
        return (List<Map<String, Object>>) event.data().getOrDefault("wallet", List.of());
    }

    @Test
    void everyTraceSurvivesTheTraceFileFormat() throws Exception {
        TraceCodec codec = new TraceCodec();
        for (String protection : List.of("hash", "hmac", "signature")) {
            Trace trace = run(protection, 3);
            Trace back = codec.parse(codec.toJson(trace), protection + ".json");
            assertThat(back.events()).extracting(TraceEvent::kind)
                    .containsExactlyElementsOf(trace.events().stream().map(TraceEvent::kind).toList());
        }
    }

    @Test
    void theSameSeedAndOptionsGiveTheSameSequenceOfEventsAndOutcomes() {
        for (String protection : List.of("hash", "hmac", "signature")) {
            assertThat(shape(run(protection, 7))).isEqualTo(shape(run(protection, 7)));
        }
    }

    private static List<String> shape(Trace trace) {
        return trace.events().stream()
                .map(e -> e.seq() + " " + e.at() + " " + e.kind() + " " + e.actor() + ">" + e.target() + " "
                        + e.check().orElse("") + " " + e.caption().replaceAll("[0-9a-f]{16}…", "HEX"))
                .toList();
    }
}
