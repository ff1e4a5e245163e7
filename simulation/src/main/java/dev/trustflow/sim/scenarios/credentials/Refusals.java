package dev.trustflow.sim.scenarios.credentials;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.engine.Arrival;
import dev.trustflow.sim.engine.Exchange;
import dev.trustflow.sim.engine.Reply;
import java.util.Optional;

/**
 * How the services of this family record a check and refuse: the refusal cites the failed check (in the trace,
 * through {@link Arrival#refuse}) and carries it back to the caller with its seq, so that what the caller does
 * next (an attack step, an alert) can name the check as its cause. See docs/ARCHITECTURE.md, "Delivery".
 */
final class Refusals {

    private static final String FAILED = "failedCheck";
    private static final String FAILED_SEQ = "failedCheckSeq";

    private Refusals() {
    }

    /** Records {@code result} as a check of this arrival; returns the seq of the check event. */
    static int check(Arrival at, CheckResult result) {
        at.check(result);
        return at.sim().events().size() - 1;
    }

    /** A refusal caused by the failed check recorded at {@code failedSeq}. */
    static Reply refuse(Arrival at, int status, CheckResult failed, int failedSeq, String caption) {
        return at.refuse(status, failed, caption).carry(FAILED, failed).carry(FAILED_SEQ, failedSeq);
    }

    /** The check that refused the exchange, if one did. */
    static Optional<CheckResult> failed(Exchange exchange) {
        return exchange.carried(FAILED, CheckResult.class);
    }

    /** The seq of the check that refused the exchange, or the response's seq when none did. */
    static int failedSeq(Exchange exchange) {
        return exchange.carried(FAILED_SEQ, Integer.class).orElse(exchange.responseSeq());
    }
}
