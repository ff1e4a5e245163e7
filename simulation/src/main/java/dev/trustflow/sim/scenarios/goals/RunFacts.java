package dev.trustflow.sim.scenarios.goals;

import dev.trustflow.sim.check.CheckResult;
import java.util.Optional;

/**
 * What really happened in one run of {@link SecurityGoalsScenario}, as the goals table reads it: every field is
 * an outcome the run recorded (a check's result, what Mallory could read, what the bank read), never a value
 * chosen from the options.
 *
 * @param protection    how Alice protected the order
 * @param sent          the order Alice sent
 * @param mallorySaw    the order Mallory could read off the wire; empty when she saw only ciphertext
 * @param flipped       whether Mallory changed bytes in transit
 * @param tag           the bank's {@code aead.tag} check, when there was a tag
 * @param bankSignature the bank's {@code sig.verify} check, when Alice signed and the tag passed
 * @param opened        the order the bank read; empty when it refused the message unread
 * @param authorization the bank's {@code authz.object-owner} check, when it read an order
 * @param auditor       the auditor's {@code sig.verify} check in the dispute, when there was a signed payment
 */
record RunFacts(Protection protection, PaymentOrder sent, Optional<PaymentOrder> mallorySaw, boolean flipped,
                Optional<CheckResult> tag, Optional<CheckResult> bankSignature, Optional<PaymentOrder> opened,
                Optional<CheckResult> authorization, Optional<CheckResult> auditor) {

    /** Whether the bank paid: it read an order and every check it ran passed. */
    boolean paid() {
        return opened.isPresent() && authorization.map(CheckResult::passed).orElse(false)
                && bankSignature.map(CheckResult::passed).orElse(true);
    }
}
