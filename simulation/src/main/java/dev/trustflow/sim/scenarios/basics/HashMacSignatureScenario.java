package dev.trustflow.sim.scenarios.basics;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.crypto.MessageIntegrity;
import dev.trustflow.sim.engine.EventBuilder;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.scenario.OptionSpec;
import dev.trustflow.sim.scenario.Options;
import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.DataKeys;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.world.ActorKind;
import dev.trustflow.sim.world.Channel;
import dev.trustflow.sim.world.Link;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Lesson 2: Alice sends Bob a payment order; an attacker on the path edits it and recomputes whatever she
 * can. With a plain SHA-256 she recomputes the digest and Bob's {@code hash.match} passes on the forgery;
 * with HMAC-SHA256 she lacks the shared key and {@code hmac.verify} fails; with an ECDSA signature she lacks
 * Alice's private key, {@code sig.verify} fails, and Carol, who holds only Alice's public key, can prove
 * Alice signed the original.
 *
 * <p>The order, the forgery and the receipt are one-way messages ({@code message.sent}), not HTTP exchanges:
 * Alice's message is swallowed by the attacker and never answered, and the forgery must look exactly like the
 * message it imitates. Each crosses its link with the link's latency; every step names what caused it (the
 * attacker's edit the message she intercepted, Bob's check the message he received, the leak or alert Bob's
 * check). See docs/ARCHITECTURE.md.
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

    /** Data key of a message: the check value that travels with it (hash, hmac, signature). */
    public static final String INTEGRITY = "integrity";

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
        return List.of(OptionSpec.choice(OPTION_PROTECTION, Integrity.HASH.id(), Integrity.ids(),
                "Protection", "What travels with the order: a SHA-256 digest (no key), an HMAC-SHA256 tag "
                        + "(a key shared by Alice and Bob) or an ECDSA P-256 signature (Alice's private key)"));
    }

    @Override
    public void play(Simulation sim, Options options) {
        Integrity integrity = Integrity.of(options.choice(OPTION_PROTECTION));
        declareWorld(sim);
        IntegrityParties parties = IntegrityParties.setUp(sim, integrity);

        byte[] original = ORIGINAL_ORDER.getBytes(StandardCharsets.UTF_8);
        byte[] originalTag = parties.alice().apply(original);
        int intercepted = message(sim, ALICE, ATTACKER)
                .caption("Alice sends Bob the order \"" + ORIGINAL_ORDER + "\" with its " + integrity.tagName()
                        + "; the attacker sits on the path and intercepts it")
                .data("intendedFor", BOB).data(INTEGRITY, integrity.id())
                .artifact(Artifact.text("order", ORIGINAL_ORDER))
                .artifact(Artifact.text(integrity.tagName() + " (hex)", MessageIntegrity.hex(originalTag)))
                .emit();

        byte[] forged = FORGED_ORDER.getBytes(StandardCharsets.UTF_8);
        int edited = sim.event(EventKinds.ATTACK_STEP, ATTACKER).cause(intercepted)
                .caption("The attacker edits the order to \"" + FORGED_ORDER + "\"")
                .data(DataKeys.STEP, "edit")
                .artifact(Artifact.text("edited order", FORGED_ORDER))
                .emit();
        byte[] forgedTag = parties.attacker().apply(forged);
        EventBuilder recompute = sim.event(EventKinds.ATTACK_STEP, ATTACKER).cause(edited)
                .caption(parties.forgeryCaption())
                .data(DataKeys.STEP, "recompute")
                .artifact(Artifact.text("attacker's " + integrity.tagName() + " (hex)", MessageIntegrity.hex(forgedTag)));
        parties.attackerKey().ifPresent(key -> recompute.gives(ATTACKER, key));
        int recomputed = recompute.emit();

        int delivered = message(sim, ATTACKER, BOB).cause(recomputed)
                .caption("The attacker passes the edited order on to Bob as if it came straight from Alice")
                .data("posingAs", ALICE).data(INTEGRITY, integrity.id())
                .artifact(Artifact.text("order", FORGED_ORDER))
                .artifact(Artifact.text(integrity.tagName() + " (hex)", MessageIntegrity.hex(forgedTag)))
                .emit();
        CheckResult bobsCheck = parties.bob().apply(forged, forgedTag);
        int checked = sim.check(BOB, bobsCheck, delivered, null);
        if (bobsCheck.passed()) {
            sim.event(EventKinds.DATA_LEAKED, BOB).to(ATTACKER).cause(checked)
                    .caption("Forged message accepted: Bob's check passed, so he pays Eve 1000 EUR")
                    .data("amount", "1000 EUR").data("order", FORGED_ORDER)
                    .emit();
        } else {
            sim.event(EventKinds.ALERT_RAISED, BOB).cause(checked)
                    .caption("Bob rejects the order: " + bobsCheck.check() + " failed, so no money moves")
                    .data(DataKeys.CHECK, bobsCheck.check()).data(DataKeys.REASON, bobsCheck.reason())
                    .emit();
        }

        boolean originProven = thirdParty(sim, parties, integrity, original, originalTag);
        sim.summary().put("protection", integrity.id());
        sim.summary().put("forgeryAccepted", bobsCheck.passed());
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

    /** A message crossing the link from {@code from} to {@code to}: its latency passes, then it arrives. */
    private static EventBuilder message(Simulation sim, String from, String to) {
        Link link = sim.world().build().link(from, to).orElseThrow();
        sim.tick(Duration.ofMillis(link.latencyMs()));
        return sim.event(EventKinds.MESSAGE_SENT, from).to(to)
                .data(DataKeys.CHANNEL, link.channel().name().toLowerCase(Locale.ROOT))
                .data(DataKeys.PROTECTION, link.protection().name().toLowerCase(Locale.ROOT));
    }

    /** What Carol, who holds no secret, can establish about the original order. */
    private static boolean thirdParty(Simulation sim, IntegrityParties parties, Integrity integrity,
                                      byte[] original, byte[] originalTag) {
        if (parties.carol().isPresent()) {
            int receipt = message(sim, ALICE, CAROL)
                    .caption("Alice gives Carol her signed order \"" + ORIGINAL_ORDER + "\" as a receipt")
                    .artifact(Artifact.text("order", ORIGINAL_ORDER))
                    .artifact(Artifact.text("signature (hex)", MessageIntegrity.hex(originalTag)))
                    .emit();
            CheckResult carolsCheck = parties.carol().get().apply(original, originalTag);
            int checked = sim.check(CAROL, carolsCheck, receipt, null);
            sim.event(carolsCheck.passed() ? ORIGIN_PROVEN : ORIGIN_UNPROVABLE, CAROL).cause(checked)
                    .caption(carolsCheck.passed()
                            ? "Origin proven: Carol holds no secret, yet she can show anyone that Alice signed this order"
                            : "Carol cannot confirm that Alice signed this order")
                    .emit();
            return carolsCheck.passed();
        }
        if (integrity == Integrity.HMAC) {
            sim.event(ORIGIN_UNPROVABLE, CAROL).cause(parties.setUpSeq())
                    .caption("Carol cannot check the tag: only Alice and Bob hold the key, and if they gave it "
                            + "to her she could make valid tags too, so a MAC proves nothing to a third party")
                    .emit();
        }
        return false;
    }
}
