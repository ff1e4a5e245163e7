package dev.trustflow.sim.scenarios.goals;

import static dev.trustflow.sim.scenarios.goals.SecurityGoalsScenario.AUDITOR;
import static dev.trustflow.sim.scenarios.goals.SecurityGoalsScenario.BANK;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.crypto.MessageIntegrity;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.trace.Artifact;
import java.util.Optional;

/**
 * After a payment, Alice denies she ordered it and an auditor, who holds no secret, is asked who did. With a
 * signature the auditor verifies it with her own copy of Alice's public key; with a shared key or none there is
 * nothing she can check that only Alice could have made.
 */
final class Dispute {

    private final Simulation sim;
    private final Parties parties;
    private final Protection protection;
    private Optional<CheckResult> auditor = Optional.empty();
    private int lastSeq;

    Dispute(Simulation sim, Parties parties, Protection protection) {
        this.sim = sim;
        this.parties = parties;
        this.protection = protection;
    }

    /** Hears the dispute over {@code paid}, the order the bank read from {@code envelope}. */
    Dispute hear(PaymentOrder paid, Envelope envelope, int cause) {
        if (envelope.signature().isEmpty()) {
            lastSeq = sim.event(SecurityGoalsScenario.ORIGIN_UNPROVABLE, AUDITOR).cause(cause)
                    .caption(protection.encrypts()
                            ? "Alice denies the payment; the bank holds her key too, so the auditor cannot tell who wrote it"
                            : "Alice denies the payment; nothing in plain text ties it to her, so the auditor cannot tell")
                    .data("order", paid.text())
                    .emit();
            return this;
        }
        byte[] signature = envelope.signature().get();
        int handed = SecurityGoalsScenario.message(sim, BANK, AUDITOR).cause(cause)
                .caption("Alice denies the payment; the bank hands the auditor the order and Alice's signature")
                .artifact(Artifact.text("order", paid.text()))
                .artifact(Artifact.text("Alice's signature (hex)", MessageIntegrity.hex(signature)))
                .emit();
        CheckResult verified = MessageIntegrity.verifySignature(parties.auditorsPublic().orElseThrow(),
                paid.bytes(), signature);
        auditor = Optional.of(verified);
        int checked = sim.check(AUDITOR, verified, handed, null);
        lastSeq = sim.event(verified.passed() ? SecurityGoalsScenario.ORIGIN_PROVEN
                        : SecurityGoalsScenario.ORIGIN_UNPROVABLE, AUDITOR).cause(checked)
                .caption(verified.passed()
                        ? "Origin proven: only Alice's private key makes this signature, so she cannot deny the order"
                        : "The auditor cannot confirm that Alice signed this order")
                .emit();
        return this;
    }

    Optional<CheckResult> auditor() {
        return auditor;
    }

    int lastSeq() {
        return lastSeq;
    }
}
