package dev.trustflow.sim.scenarios.basics;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.crypto.MessageIntegrity;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.scenario.OptionSpec;
import dev.trustflow.sim.scenario.Options;
import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.world.ActorKind;
import dev.trustflow.sim.world.Channel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Lesson 2: Alice sends Bob a payment order; an attacker on the path edits it and recomputes whatever she
 * can. With a plain SHA-256 she recomputes the digest and Bob's {@code hash.match} passes on the forgery;
 * with HMAC-SHA256 she lacks the shared key and {@code hmac.verify} fails; with an ECDSA signature she lacks
 * Alice's private key, {@code sig.verify} fails, and Carol, who holds only Alice's public key, can prove
 * Alice signed the original.
 */
public final class HashMacSignatureScenario implements Scenario {

    public static final String ID = "hash-mac-signature";
    public static final String OPTION_PROTECTION = "protection";
    public static final String ALICE = "alice";
    public static final String BOB = "bob";
    public static final String ATTACKER = "attacker";
    public static final String CAROL = "carol";
    public static final String ORIGINAL_ORDER = "Pay Carol 10 EUR";
    public static final String FORGED_ORDER = "Pay Eve 1000 EUR";

    /** Event kinds of this scenario beyond {@link EventKinds} (all dotted, as a trace file requires). */
    public static final String PROTOCOL_AGREED = "protocol.agreed";
    public static final String KEY_SHARED = "key.shared";
    public static final String ORIGIN_PROVEN = "origin.proven";
    public static final String ORIGIN_UNPROVABLE = "origin.unprovable";

    private static final Duration LATENCY = Duration.ofMillis(40);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Hash, MAC or signature: who can forge the message?";
    }

    @Override
    public String description() {
        return "Alice sends Bob a payment order and an attacker on the way changes it. A plain hash is "
                + "recomputed by the attacker and the forgery is accepted; an HMAC needs the shared key; a "
                + "signature needs Alice's private key, and anyone with her public key can check who signed.";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(OptionSpec.choice(OPTION_PROTECTION, Protection.HASH.id(),
                List.of(Protection.HASH.id(), Protection.HMAC.id(), Protection.SIGNATURE.id()),
                "Protection", "What travels with the order: a SHA-256 digest (no key), an HMAC-SHA256 tag "
                        + "(a key shared by Alice and Bob) or an ECDSA P-256 signature (Alice's private key)"));
    }

    @Override
    public void play(Simulation sim, Options options) {
        Protection protection = Protection.of(options.choice(OPTION_PROTECTION));
        declareWorld(sim);
        IntegrityParties parties = IntegrityParties.setUp(sim, protection);

        byte[] original = ORIGINAL_ORDER.getBytes(StandardCharsets.UTF_8);
        byte[] originalTag = parties.aliceProtects(original);
        sim.event(EventKinds.MESSAGE_SENT, ALICE).to(ATTACKER)
                .caption("Alice sends Bob the order \"" + ORIGINAL_ORDER + "\" with its " + protection.tagName()
                        + "; the attacker sits on the path and intercepts it")
                .data("for", BOB).data("protection", protection.id())
                .artifact(Artifact.text("order", ORIGINAL_ORDER))
                .artifact(Artifact.text(protection.tagName() + " (hex)", MessageIntegrity.hex(originalTag)))
                .emit();
        sim.tick(LATENCY);

        byte[] forged = FORGED_ORDER.getBytes(StandardCharsets.UTF_8);
        sim.event(EventKinds.ATTACK_STEP, ATTACKER)
                .caption("The attacker edits the order to \"" + FORGED_ORDER + "\"")
                .data("step", "edit")
                .artifact(Artifact.text("edited order", FORGED_ORDER))
                .emit();
        byte[] forgedTag = parties.attackerForges(forged);
        sim.event(EventKinds.ATTACK_STEP, ATTACKER)
                .caption(parties.forgeryCaption())
                .data("step", "recompute")
                .artifact(Artifact.text("attacker's " + protection.tagName() + " (hex)", MessageIntegrity.hex(forgedTag)))
                .emit();
        sim.tick(LATENCY);

        sim.event(EventKinds.MESSAGE_SENT, ATTACKER).to(BOB)
                .caption("The attacker passes the edited order on to Bob as if it came straight from Alice")
                .data("from", ALICE).data("protection", protection.id())
                .artifact(Artifact.text("order", FORGED_ORDER))
                .artifact(Artifact.text(protection.tagName() + " (hex)", MessageIntegrity.hex(forgedTag)))
                .emit();
        sim.tick(LATENCY);

        CheckResult bobCheck = parties.bobVerifies(forged, forgedTag);
        sim.check(BOB, bobCheck);
        boolean forgeryAccepted = bobCheck.passed();
        if (forgeryAccepted) {
            sim.event(EventKinds.DATA_LEAKED, BOB).to(ATTACKER)
                    .caption("Forged message accepted: Bob's check passed, so he pays Eve 1000 EUR")
                    .data("amount", "1000 EUR").data("order", FORGED_ORDER)
                    .emit();
        } else {
            sim.event(EventKinds.ALERT_RAISED, BOB)
                    .caption("Bob rejects the order: " + bobCheck.check() + " failed, so no money moves")
                    .data("check", bobCheck.check())
                    .emit();
        }
        sim.tick(LATENCY);

        boolean originProven = thirdParty(sim, parties, protection, original, originalTag);
        sim.summary().put("protection", protection.id());
        sim.summary().put("forgeryAccepted", forgeryAccepted);
        sim.summary().put("originProvenToThirdParty", originProven);
    }

    private static void declareWorld(Simulation sim) {
        sim.world().actor(ALICE, "Alice", ActorKind.USER, "internet");
        sim.world().actor(ATTACKER, "Eve (attacker)", ActorKind.ATTACKER, "internet");
        sim.world().actor(BOB, "Bob (pays orders)", ActorKind.SERVICE, "internet");
        sim.world().actor(CAROL, "Carol (third party)", ActorKind.THIRD_PARTY, "internet");
        sim.world().link(ALICE, ATTACKER, Channel.ATTACK);
        sim.world().link(ATTACKER, BOB, Channel.ATTACK);
        sim.world().link(ALICE, BOB, Channel.OUT_OF_BAND);
        sim.world().link(ALICE, CAROL, Channel.OUT_OF_BAND);
    }

    /** What Carol, who holds no secret, can establish about the original order. */
    private static boolean thirdParty(Simulation sim, IntegrityParties parties, Protection protection,
                                      byte[] original, byte[] originalTag) {
        switch (protection) {
            case SIGNATURE:
                sim.event(EventKinds.MESSAGE_SENT, ALICE).to(CAROL)
                        .caption("Alice gives Carol her signed order \"" + ORIGINAL_ORDER + "\" as a receipt")
                        .artifact(Artifact.text("order", ORIGINAL_ORDER))
                        .artifact(Artifact.text("signature (hex)", MessageIntegrity.hex(originalTag)))
                        .emit();
                sim.tick(LATENCY);
                CheckResult carolCheck = parties.carolVerifies(original, originalTag);
                sim.check(CAROL, carolCheck);
                sim.event(carolCheck.passed() ? ORIGIN_PROVEN : ORIGIN_UNPROVABLE, CAROL)
                        .caption(carolCheck.passed()
                                ? "Origin proven: Carol holds no secret, yet she can show anyone that Alice signed this order"
                                : "Carol cannot confirm that Alice signed this order")
                        .emit();
                return carolCheck.passed();
            case HMAC:
                sim.event(ORIGIN_UNPROVABLE, CAROL)
                        .caption("Carol cannot check the tag: only Alice and Bob hold the key, and if they gave it "
                                + "to her she could make valid tags too, so a MAC proves nothing to a third party")
                        .emit();
                return false;
            default:
                return false;
        }
    }
}
