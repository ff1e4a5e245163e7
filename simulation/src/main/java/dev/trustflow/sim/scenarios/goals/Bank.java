package dev.trustflow.sim.scenarios.goals;

import static dev.trustflow.sim.scenarios.goals.SecurityGoalsScenario.ALICE;
import static dev.trustflow.sim.scenarios.goals.SecurityGoalsScenario.BANK;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.crypto.MessageEncryption;
import dev.trustflow.sim.crypto.MessageIntegrity;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.DataKeys;
import dev.trustflow.sim.trace.EventKinds;
import java.util.Map;
import java.util.Optional;

/**
 * The bank receiving an order: it opens the envelope with its own keys (the AES-GCM tag checked by the JDK,
 * Alice's signature by ECDSA), reads the order, asks whether the sender may pay from that account, and pays or
 * refuses. Each step is an event caused by the one before.
 */
final class Bank {

    static final String ORDER_READ = "order.read";
    static final String PAYMENT_MADE = "payment.made";

    private final Simulation sim;
    private final Parties parties;
    private final Protection protection;
    private final Accounts accounts = new Accounts(Map.of("ACCT-1001", ALICE, "ACCT-2002", "bob"));

    /** What the bank decided; the checks it did not run are empty. */
    record Outcome(Optional<CheckResult> tag, Optional<CheckResult> signature, Optional<PaymentOrder> opened,
                   Optional<CheckResult> authorization, int lastSeq) {
    }

    Bank(Simulation sim, Parties parties, Protection protection) {
        this.sim = sim;
        this.parties = parties;
        this.protection = protection;
    }

    Outcome receive(Envelope envelope, int delivered) {
        Optional<CheckResult> tag = Optional.empty();
        byte[] plaintext;
        int last = delivered;
        if (protection.hasTag()) {
            MessageEncryption.Opened opened = MessageEncryption.gcmOpen(parties.banksAesKey().orElseThrow(),
                    envelope.nonce(), envelope.body());
            tag = Optional.of(opened.check());
            last = sim.check(BANK, opened.check(), delivered, null);
            if (opened.plaintext().isEmpty()) {
                last = refuse(opened.check(), last);
                return new Outcome(tag, Optional.empty(), Optional.empty(), Optional.empty(), last);
            }
            plaintext = opened.plaintext().get();
        } else if (protection.encrypts()) {
            plaintext = MessageEncryption.ctrDecrypt(parties.banksAesKey().orElseThrow(), envelope.nonce(),
                    envelope.body());
        } else {
            plaintext = envelope.body();
        }
        Optional<PaymentOrder> order = PaymentOrder.read(plaintext);
        last = sim.event(ORDER_READ, BANK).cause(last)
                .caption(order.map(o -> "The bank " + (protection.encrypts() ? "decrypts and " : "") + "reads \""
                        + o.text() + "\"" + (protection.hasTag() ? "" : protection.encrypts()
                        ? ": AES-CTR has no check that could tell it whether the bytes changed on the way"
                        : ": plain text has no check that could tell it whether the bytes changed on the way")).orElse(
                        "The bank cannot read an order in what it received"))
                .artifact(Artifact.text("what the bank read", order.map(PaymentOrder::text)
                        .orElse(MessageIntegrity.hex(plaintext))))
                .emit();
        if (order.isEmpty()) {
            return new Outcome(tag, Optional.empty(), Optional.empty(), Optional.empty(), last);
        }
        Optional<CheckResult> signature = Optional.empty();
        if (protection.signs()) {
            CheckResult verified = MessageIntegrity.verifySignature(parties.banksPublic().orElseThrow(), plaintext,
                    envelope.signature().orElseThrow());
            signature = Optional.of(verified);
            last = sim.check(BANK, verified, last, null);
            if (!verified.passed()) {
                last = refuse(verified, last);
                return new Outcome(tag, signature, order, Optional.empty(), last);
            }
        }
        CheckResult authorized = accounts.authorize(ALICE, order.get(), basis(signature, tag));
        last = sim.check(BANK, authorized, last, null);
        if (!authorized.passed()) {
            last = refuse(authorized, last);
            return new Outcome(tag, signature, order, Optional.of(authorized), last);
        }
        last = sim.event(PAYMENT_MADE, BANK).cause(last)
                .caption("The bank pays " + order.get().dollars() + " from " + order.get().account())
                .data("amount", order.get().dollars()).data("account", order.get().account())
                .emit();
        return new Outcome(tag, signature, order, Optional.of(authorized), last);
    }

    /** Why the bank believes Alice sent the order: the strongest proof it checked, or none at all. */
    private static String basis(Optional<CheckResult> signature, Optional<CheckResult> tag) {
        if (signature.isPresent()) {
            return "proven by her signature";
        }
        if (tag.isPresent()) {
            return "sealed with the key she shares with the bank";
        }
        return "the order says so; nothing proves it";
    }

    private int refuse(CheckResult failed, int cause) {
        return sim.event(EventKinds.ALERT_RAISED, BANK).cause(cause)
                .caption("The bank refuses the message: " + failed.check() + " failed, so no money moves")
                .data(DataKeys.CHECK, failed.check()).data(DataKeys.REASON, failed.reason())
                .emit();
    }
}
