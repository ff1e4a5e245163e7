package dev.trustflow.sim.scenarios.goals;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.crypto.MessageEncryption;
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
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Lesson 1: Alice sends her bank "PAY $100 FROM ACCT-1001" over a network where Mallory sits on the path. As
 * plain text Mallory reads it; encrypted with AES-CTR she sees only ciphertext, yet by XORing {@code '1' ^ '9'}
 * into the byte where the amount starts she makes the bank decrypt "PAY $900" and pay, never knowing the key;
 * with AES-GCM the same flip fails the JDK's tag check ({@code aead.tag}, AEADBadTagException); with Alice's
 * ECDSA signature on top the bank and a third party (the auditor) can verify who sent the order
 * ({@code sig.verify}). The bank also asks whether Alice may pay from that account ({@code authz.object-owner}).
 * The run ends with a table of the five security goals, each cell filled from what the run really did.
 *
 * <p>Messages are one-way ({@code message.sent}), each crossing its link with the link's latency. Keys and
 * nonces come from the run's {@code secure()} stream, so captions never show them. See docs/ARCHITECTURE.md.
 */
public final class SecurityGoalsScenario implements Scenario {

    public static final String ID = "security-goals";
    public static final String OPTION_PROTECTION = "protection";
    public static final String OPTION_ATTACKER = "attacker";
    public static final String ALICE = "alice";
    public static final String MALLORY = "mallory";
    public static final String BANK = "bank";
    public static final String AUDITOR = "auditor";

    /** Event kinds of this scenario beyond {@link EventKinds}. */
    public static final String ORDER_READ = Bank.ORDER_READ;
    public static final String PAYMENT_MADE = Bank.PAYMENT_MADE;
    public static final String ORIGIN_PROVEN = "origin.proven";
    public static final String ORIGIN_UNPROVABLE = "origin.unprovable";

    static final PaymentOrder ORDER = new PaymentOrder(100, "ACCT-1001");
    /** What Mallory XORs into the amount's first digit: {@code '1' ^ '9'}, turning $100 into $900. */
    static final byte FLIP = (byte) ('1' ^ '9');

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Security goals: what does encryption give you?";
    }

    @Override
    public String description() {
        return "Alice sends her bank \"PAY $100\" past Mallory. Plain text is read; AES-CTR hides it, yet a bit "
                + "flip makes the bank pay $900; AES-GCM refuses the flip; a signature lets a third party verify "
                + "who sent it. A table of confidentiality, integrity, authentication, authorization and "
                + "non-repudiation is filled by what the run showed.";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.choice(OPTION_PROTECTION, Protection.AES_CTR.id(), Protection.ids(), "Protection",
                        "How Alice protects her order: not at all, AES-CTR (encryption only), AES-GCM "
                                + "(authenticated encryption) or AES-GCM with her ECDSA signature"),
                OptionSpec.choice(OPTION_ATTACKER, Attack.FLIPS.id(), Attack.ids(), "Attacker",
                        "What Mallory does on the path: only reads the message, or also flips bits in it"));
    }

    @Override
    public void play(Simulation sim, Options options) {
        Protection protection = Protection.of(options.choice(OPTION_PROTECTION));
        Attack attack = Attack.of(options.choice(OPTION_ATTACKER));
        declareWorld(sim);

        sim.phase("Alice and the bank prepare");
        Parties parties = Parties.setUp(sim, protection);

        sim.phase("The order crosses the network");
        Envelope sent = seal(sim.randomness().secure(), protection, parties);
        String bodyLabel = protection.encrypts() ? "ciphertext" : "order";
        int intercepted = message(sim, ALICE, MALLORY).cause(parties.setUpSeq())
                .caption("Alice sends \"" + ORDER.text() + "\" " + protection.how()
                        + "; Mallory sits on the path and gets every byte")
                .data("intendedFor", BANK).data(OPTION_PROTECTION, protection.id())
                .artifact(Artifact.text("Alice's order", ORDER.text()))
                .artifacts(sent.artifacts(bodyLabel))
                .emit();
        Optional<PaymentOrder> mallorySaw = PaymentOrder.read(sent.body());
        int last = read(sim, sent, mallorySaw, intercepted, bodyLabel);
        Envelope delivered = sent;
        if (attack == Attack.FLIPS) {
            delivered = sent.xorInto(PaymentOrder.AMOUNT_OFFSET, FLIP);
            last = sim.event(EventKinds.ATTACK_STEP, MALLORY).cause(last)
                    .caption("Mallory XORs '1' xor '9' (0x08) into byte " + PaymentOrder.AMOUNT_OFFSET
                            + ", where every order's amount starts"
                            + (protection.encrypts() ? "; she never learns the key" : ""))
                    .data(DataKeys.STEP, "flip").data("offset", PaymentOrder.AMOUNT_OFFSET)
                    .data("xor", String.format("%02x", FLIP))
                    .artifact(Artifact.text(bodyLabel + " before (hex)", MessageIntegrity.hex(sent.body())))
                    .artifact(Artifact.text(bodyLabel + " after (hex)", MessageIntegrity.hex(delivered.body())))
                    .emit();
        }
        int arrived = message(sim, MALLORY, BANK).cause(last)
                .caption(attack == Attack.FLIPS ? "Mallory passes the changed message on to the bank as if nothing happened"
                        : "Mallory passes the message on unchanged; nobody can tell she read it")
                .data("posingAs", ALICE).data(OPTION_PROTECTION, protection.id())
                .artifacts(delivered.artifacts(bodyLabel))
                .emit();

        sim.phase("The bank decides");
        Bank.Outcome bank = new Bank(sim, parties, protection).receive(delivered, arrived);

        sim.phase("A dispute, and the goals");
        RunFacts facts = new RunFacts(protection, ORDER, mallorySaw, attack == Attack.FLIPS, bank.tag(),
                bank.signature(), bank.opened(), bank.authorization(), Optional.empty());
        Optional<CheckResult> auditor = Optional.empty();
        last = bank.lastSeq();
        if (facts.paid()) {
            Dispute dispute = new Dispute(sim, parties, protection).hear(bank.opened().orElseThrow(), delivered,
                    last);
            auditor = dispute.auditor();
            last = dispute.lastSeq();
        }
        facts = new RunFacts(protection, ORDER, mallorySaw, attack == Attack.FLIPS, bank.tag(), bank.signature(),
                bank.opened(), bank.authorization(), auditor);
        GoalsTable table = GoalsTable.of(facts);
        EventBuilder summary = sim.event(EventKinds.NOTE, AUDITOR).cause(last)
                .caption("What this run showed, goal by goal")
                .artifact(Artifact.table("security goals", table.artifact()));
        table.rows().forEach((goal, row) -> summary.data(goal, row.shown()));
        summary.emit();

        sim.summary().put("protection", protection.id());
        sim.summary().put("attacker", attack.id());
        sim.summary().put("paid", facts.paid() ? bank.opened().orElseThrow().dollars() : "nothing");
        table.rows().forEach((goal, row) -> sim.summary().put(goal, row.shown()));
    }

    private static void declareWorld(Simulation sim) {
        sim.world().zone("internet", "Internet", false);
        sim.world().zone("bank", "Bank", false);
        sim.world().actor(ALICE, "Alice", ActorKind.USER, "internet");
        sim.world().actor(MALLORY, "Mallory (on the path)", ActorKind.ATTACKER, "internet");
        sim.world().actor(BANK, "Bank", ActorKind.SERVICE, "bank");
        sim.world().actor(AUDITOR, "Auditor (third party)", ActorKind.THIRD_PARTY, "internet");
        sim.world().link(ALICE, MALLORY, Channel.ATTACK);
        sim.world().link(MALLORY, BANK, Channel.ATTACK);
        sim.world().link(ALICE, BANK, Channel.OUT_OF_BAND);
        sim.world().link(ALICE, AUDITOR, Channel.OUT_OF_BAND);
        sim.world().link(BANK, AUDITOR, Channel.OUT_OF_BAND);
    }

    /** Alice's envelope: the order as it leaves her, protected as agreed. */
    private static Envelope seal(SecureRandom random, Protection protection, Parties parties) {
        byte[] order = ORDER.bytes();
        if (!protection.encrypts()) {
            return new Envelope(new byte[0], order, Optional.empty());
        }
        if (!protection.hasTag()) {
            byte[] iv = MessageEncryption.nonce(random, MessageEncryption.CTR_IV_BYTES);
            return new Envelope(iv, MessageEncryption.ctrEncrypt(parties.alicesAesKey().orElseThrow(), iv, order),
                    Optional.empty());
        }
        byte[] nonce = MessageEncryption.nonce(random, MessageEncryption.GCM_NONCE_BYTES);
        Optional<byte[]> signature = parties.alicesSigning()
                .map(pair -> MessageIntegrity.sign(pair.getPrivate(), order));
        return new Envelope(nonce, MessageEncryption.gcmSeal(parties.alicesAesKey().orElseThrow(), nonce, order),
                signature);
    }

    /** Mallory reads what passes: the order itself when it is plain text, else bytes that read as nothing. */
    private static int read(Simulation sim, Envelope sent, Optional<PaymentOrder> readable, int cause,
                            String bodyLabel) {
        int read = sim.event(EventKinds.ATTACK_STEP, MALLORY).cause(cause)
                .caption(readable.isPresent() ? "Mallory copies the message: it is plain text"
                        : "Mallory copies the message but sees only ciphertext: without the key the bytes mean nothing")
                .data(DataKeys.STEP, "read")
                .artifact(Artifact.text("what Mallory sees", readable.map(PaymentOrder::text)
                        .orElse(MessageIntegrity.hex(sent.body()))))
                .emit();
        if (readable.isEmpty()) {
            return read;
        }
        return sim.event(EventKinds.DATA_LEAKED, MALLORY).cause(read)
                .caption("Mallory reads Alice's order: \"" + readable.get().text() + "\"")
                .data(DataKeys.WHAT, "payment order").data("order", readable.get().text())
                .artifact(Artifact.text("what Mallory read", readable.get().text()))
                .emit();
    }

    /** A message crossing the link from {@code from} to {@code to}: its latency passes, then it arrives. */
    static EventBuilder message(Simulation sim, String from, String to) {
        Link link = sim.world().build().link(from, to).orElseThrow();
        sim.tick(Duration.ofMillis(link.latencyMs()));
        return sim.event(EventKinds.MESSAGE_SENT, from).to(to)
                .data(DataKeys.CHANNEL, link.channel().name().toLowerCase(Locale.ROOT))
                .data(DataKeys.PROTECTION, link.protection().name().toLowerCase(Locale.ROOT));
    }
}
