package dev.trustflow.sim.trace;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing that really happened in a run.
 *
 * @param seq       position in the trace, from 0
 * @param at        virtual time
 * @param kind      dotted lower-case word, see {@link EventKinds}
 * @param actor     who did it (actor id)
 * @param target    to whom, if anyone (actor id), else null
 * @param caption   one plain sentence for the screen
 * @param data      facts about the event ({@code status}, {@code check}, {@code reason}, {@code method}...)
 * @param artifacts real things it carried (tokens, keys, certificates, records)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TraceEvent(int seq, Instant at, String kind, String actor, String target, String caption,
                         Map<String, Object> data, List<Artifact> artifacts) {

    public TraceEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(caption, "caption");
        data = JsonValues.normalize(data);
        artifacts = artifacts == null ? List.of() : List.copyOf(artifacts);
    }

    public boolean isCheck() {
        return EventKinds.CHECK_PASS.equals(kind) || EventKinds.CHECK_FAIL.equals(kind);
    }

    /** The check id of a {@code check.pass}/{@code check.fail} event. */
    public Optional<String> check() {
        return text("check");
    }

    /** The HTTP status of an {@code http.response}. */
    public Optional<Integer> status() {
        Object s = data.get("status");
        return s instanceof Number n ? Optional.of(n.intValue()) : Optional.empty();
    }

    public Optional<String> text(String key) {
        Object v = data.get(key);
        return v == null ? Optional.empty() : Optional.of(String.valueOf(v));
    }
}
