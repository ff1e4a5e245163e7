package dev.trustflow.sim.engine;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.DataKeys;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The answer of a guard that refuses or of a handler: a status, what it says, and what it carries back. The
 * response travels back along the route the request came; every relay on the way passes it on, saying
 * {@link #relayCaption} if given.
 */
public final class Reply {

    private final int status;
    private final String caption;
    private String relayCaption;
    private Integer cause;
    private final Map<String, Object> data = new LinkedHashMap<>();
    private final List<Artifact> artifacts = new ArrayList<>();
    private final Map<String, Object> carried = new LinkedHashMap<>();

    private Reply(int status, String caption) {
        this.status = status;
        this.caption = Objects.requireNonNull(caption, "caption");
    }

    public static Reply of(int status, String caption) {
        return new Reply(status, caption);
    }

    /** A refusal that cites the failed check ({@code data.check}, {@code data.reason}). */
    public static Reply refuse(int status, CheckResult because, String caption) {
        return new Reply(status, caption).data(DataKeys.CHECK, because.check()).data(DataKeys.REASON, because.reason());
    }

    public Reply relayCaption(String text) {
        this.relayCaption = text;
        return this;
    }

    /** The event the response answers for, if not the request itself (the failing check). */
    public Reply causedBy(Integer seq) {
        this.cause = seq;
        return this;
    }

    public Reply data(String key, Object value) {
        if (value != null) {
            data.put(key, value);
        }
        return this;
    }

    public Reply data(Map<String, ?> values) {
        values.forEach(this::data);
        return this;
    }

    public Reply artifact(Artifact artifact) {
        artifacts.add(artifact);
        return this;
    }

    /** Something the caller reads from the response (an issued token object); not recorded unless shown. */
    public Reply carry(String name, Object value) {
        if (value != null) {
            carried.put(name, value);
        }
        return this;
    }

    public int status() {
        return status;
    }

    String caption() {
        return caption;
    }

    String relayCaption() {
        return relayCaption;
    }

    Integer cause() {
        return cause;
    }

    Map<String, Object> data() {
        return data;
    }

    List<Artifact> artifacts() {
        return artifacts;
    }

    public <T> java.util.Optional<T> carried(String name, Class<T> type) {
        Object v = carried.get(name);
        return type.isInstance(v) ? java.util.Optional.of(type.cast(v)) : java.util.Optional.empty();
    }
}
