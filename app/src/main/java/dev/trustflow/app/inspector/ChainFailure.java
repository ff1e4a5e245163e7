package dev.trustflow.app.inspector;

import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.DataKeys;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.trace.TraceEvent;
import java.util.List;
import java.util.Optional;

/**
 * The verdict of the check that refused a presented chain, read from the trace: the certificate it blamed (its
 * position in the chain, 0 for the leaf), why ({@code NAME_MISMATCH}), and the validator's reason.
 *
 * @param check   the check's id ({@code pki.path})
 * @param index   position in the presented chain of the certificate that failed
 * @param failure the failure's name as the check recorded it
 * @param reason  the check's reason
 */
public record ChainFailure(String check, int index, String failure, String reason) {

    /** The check data key of the failing certificate's position. */
    static final String FAILING_INDEX = "failingIndex";
    /** The check data key of the failure's name. */
    static final String FAILURE = "failure";

    /**
     * The failure the check that judged the chain at {@code cursor} recorded: the first check after it caused by
     * it, else the first check after it that names a failing certificate, looking no further than the next
     * event that presents a chain. Empty when that check passed or blames no certificate.
     */
    static Optional<ChainFailure> judging(List<TraceEvent> events, int cursor) {
        TraceEvent fallback = null;
        for (int i = cursor + 1; i < events.size(); i++) {
            TraceEvent event = events.get(i);
            if (presentsChain(event)) {
                break;
            }
            if (!event.isCheck()) {
                continue;
            }
            if (Integer.valueOf(cursor).equals(event.cause())) {
                return of(event);
            }
            if (fallback == null && event.data().get(FAILING_INDEX) instanceof Number) {
                fallback = event;
            }
        }
        return fallback == null ? Optional.empty() : of(fallback);
    }

    private static Optional<ChainFailure> of(TraceEvent check) {
        if (!EventKinds.CHECK_FAIL.equals(check.kind()) || !(check.data().get(FAILING_INDEX) instanceof Number n)) {
            return Optional.empty();
        }
        return Optional.of(new ChainFailure(check.check().orElse("(unnamed check)"), n.intValue(),
                check.text(FAILURE).orElse("FAILED"), check.text(DataKeys.REASON).orElse("")));
    }

    static boolean presentsChain(TraceEvent event) {
        return event.artifacts().stream().anyMatch(a -> Artifact.PEM_CERTIFICATE.equals(a.type()));
    }
}
