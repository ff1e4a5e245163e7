package dev.trustflow.sim.scenarios.credentials;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.engine.Exchange;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.trace.DataKeys;
import dev.trustflow.sim.trace.EventKinds;
import java.util.Optional;

/** The attacker of this family's scenarios, and what it concludes from each answer it gets. */
final class Attacker {

    static final String ID = "attacker";
    static final String OUTCOME = "outcome";

    private Attacker() {
    }

    /**
     * Records the attacker's conclusion from {@code exchange}, caused by the response it got: succeeded, or
     * blocked by the check the response cites, or by the world rule that dropped the request ({@code data.check}).
     * Returns the event's seq.
     */
    static int outcome(Simulation sim, String step, String target, Exchange exchange, String successCaption,
                       String blockedCaption) {
        var event = sim.event(EventKinds.ATTACK_STEP, ID).to(target).cause(exchange.lastSeq())
                .data(DataKeys.STEP, step);
        Optional<String> stoppedBy = exchange.blocked() ? Optional.of(exchange.blockedBy())
                : Refusals.failed(exchange).map(CheckResult::check);
        return stoppedBy.map(check -> event.caption(blockedCaption + ": " + check + " stopped it.")
                        .data(OUTCOME, "blocked").data(DataKeys.CHECK, check).emit())
                .orElseGet(() -> event.caption(successCaption).data(OUTCOME, "succeeded").emit());
    }
}
