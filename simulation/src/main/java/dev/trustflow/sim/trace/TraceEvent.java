package dev.trustflow.sim.trace;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing that really happened in a run (docs/ARCHITECTURE.md, "Trace format 2").
 *
 * @param seq       position in the trace, from 0
 * @param at        virtual time
 * @param kind      dotted lower-case word, see {@link EventKinds}
 * @param actor     who did it (actor id)
 * @param target    to whom, if anyone (actor id), else null
 * @param cause     the seq of the event that caused this one (a response its request, a check the request it
 *                  guards, an alert its check), else null
 * @param flow      the request/response exchange this event belongs to (its hops, checks and responses share
 *                  one number), else null
 * @param caption   one plain sentence for the screen
 * @param data      facts about the event, keyed by {@link DataKeys}
 * @param artifacts real things it carried (tokens, keys, certificates, records)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"seq", "at", "kind", "actor", "target", "cause", "flow", "caption", "data", "artifacts"})
public record TraceEvent(int seq, Instant at, String kind, String actor, String target, Integer cause,
                         Integer flow, String caption, Map<String, Object> data, List<Artifact> artifacts) {

    public TraceEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(caption, "caption");
        data = JsonValues.normalize(data);
        artifacts = artifacts == null ? List.of() : List.copyOf(artifacts);
    }

    /** An event with no recorded cause and no flow (a format-1 event, or one that starts a story). */
    public TraceEvent(int seq, Instant at, String kind, String actor, String target, String caption,
                      Map<String, Object> data, List<Artifact> artifacts) {
        this(seq, at, kind, actor, target, null, null, caption, data, artifacts);
    }

    /** The same event with its cause and flow set (used when a format-1 trace is upgraded). */
    public TraceEvent withLinks(Integer newCause, Integer newFlow) {
        return new TraceEvent(seq, at, kind, actor, target, newCause, newFlow, caption, data, artifacts);
    }

    @JsonIgnore
    public boolean isCheck() {
        return EventKinds.CHECK_PASS.equals(kind) || EventKinds.CHECK_FAIL.equals(kind);
    }

    @JsonIgnore
    public Optional<Integer> causeSeq() {
        return Optional.ofNullable(cause);
    }

    /** The check id of a {@code check.pass}/{@code check.fail} event. */
    public Optional<String> check() {
        return text(DataKeys.CHECK);
    }

    /** The HTTP status of an {@code http.response}. */
    public Optional<Integer> status() {
        Object s = data.get(DataKeys.STATUS);
        return s instanceof Number n ? Optional.of(n.intValue()) : Optional.empty();
    }

    public Optional<String> text(String key) {
        Object v = data.get(key);
        return v == null ? Optional.empty() : Optional.of(String.valueOf(v));
    }
}
