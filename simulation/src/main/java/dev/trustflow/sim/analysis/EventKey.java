package dev.trustflow.sim.analysis;

import dev.trustflow.sim.trace.TraceEvent;

/**
 * What two runs must agree on for two events to count as the same step: the kind, who acted on whom, and,
 * where present, the check, whether it passed and the HTTP status. Captions, times and bytes are left out
 * (fresh keys and tokens differ in every run).
 *
 * @param kind   the event kind
 * @param actor  who acted
 * @param target to whom, or null
 * @param check  the check id of a check event, or null
 * @param passed {@code data.passed} as text, or null
 * @param status the HTTP status of a response, or null
 */
public record EventKey(String kind, String actor, String target, String check, String passed, Integer status) {

    public static EventKey of(TraceEvent event) {
        return new EventKey(event.kind(), event.actor(), event.target(), event.check().orElse(null),
                event.text("passed").orElse(null), event.status().orElse(null));
    }

    /**
     * What the event does, whatever its outcome: the same step in two runs of one scenario has the same role even
     * when a what-if turned a pass into a failure ({@code check:jwt.exp|api-gateway|}).
     */
    public String role() {
        String what = check != null ? "check:" + check : kind;
        return what + "|" + actor + "|" + (target == null ? "" : target);
    }

    /** A short form for a person: {@code check.fail pkce.verifier}, {@code http.response api-gateway→attacker 401}. */
    public String describe() {
        StringBuilder text = new StringBuilder(kind);
        if (check != null) {
            text.append(' ').append(check);
        } else {
            text.append(' ').append(actor);
            if (target != null) {
                text.append('→').append(target);
            }
        }
        if (status != null) {
            text.append(' ').append(status);
        }
        return text.toString();
    }
}
