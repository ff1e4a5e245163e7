package dev.trustflow.sim.engine;

import dev.trustflow.sim.trace.Artifact;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Fluent builder for one trace event; {@link #emit()} records it at the current virtual time. */
public final class EventBuilder {
    private final Simulation simulation;
    private final String kind;
    private final String actor;
    private String target;
    private String caption = "";
    private final Map<String, Object> data = new LinkedHashMap<>();
    private final List<Artifact> artifacts = new ArrayList<>();

    EventBuilder(Simulation simulation, String kind, String actor) {
        this.simulation = simulation;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.actor = Objects.requireNonNull(actor, "actor");
    }

    public EventBuilder to(String target) {
        this.target = target;
        return this;
    }

    public EventBuilder caption(String caption) {
        this.caption = caption;
        return this;
    }

    public EventBuilder data(String key, Object value) {
        if (value != null) {
            data.put(key, value);
        }
        return this;
    }

    public EventBuilder data(Map<String, ?> values) {
        values.forEach(this::data);
        return this;
    }

    public EventBuilder artifact(Artifact artifact) {
        artifacts.add(artifact);
        return this;
    }

    public int emit() {
        return simulation.record(kind, actor, target, caption, data, artifacts);
    }
}
