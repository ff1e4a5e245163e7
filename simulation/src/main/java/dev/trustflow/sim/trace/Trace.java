package dev.trustflow.sim.trace;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.trustflow.sim.world.Topology;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The immutable record of one run: which scenario, with which options and seed, on which topology, and
 * every event in order. {@code topology} (trace format 2, docs/ARCHITECTURE.md) lets a saved trace
 * be drawn without re-running its scenario. {@code phases} are the titled parts the scenario declared, in order
 * (empty when it declared none; a reader that does not know them still reads the trace, see docs/ARCHITECTURE.md).
 */
@JsonPropertyOrder({"format", "scenario", "title", "seed", "options", "topology", "phases", "events", "summary"})
public record Trace(String format, String scenario, String title, long seed, Map<String, Object> options,
                    Topology topology, List<PhaseStart> phases, List<TraceEvent> events, Map<String, Object> summary) {

    /**
     * The summary key under which a scenario may state its run's outcome in one line ("3 of 7 attacks stopped,
     * reach 2"); the app lists it beside each what-if the student changed.
     */
    public static final String OUTCOME = "outcome";

    /** The format every trace is written in: events carry {@code cause} and {@code flow}. */
    public static final String FORMAT = "trustflow-trace/2";
    /** The first format, without causes; still read, and upgraded on reading. */
    public static final String FORMAT_1 = "trustflow-trace/1";

    public Trace {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(title, "title");
        options = JsonValues.normalize(options);
        topology = topology == null ? Topology.empty() : topology;
        phases = phases == null ? List.of() : List.copyOf(phases);
        events = events == null ? List.of() : List.copyOf(events);
        summary = JsonValues.normalize(summary);
    }

    /** A trace whose scenario declared no phases. */
    public Trace(String format, String scenario, String title, long seed, Map<String, Object> options,
                 Topology topology, List<TraceEvent> events, Map<String, Object> summary) {
        this(format, scenario, title, seed, options, topology, List.of(), events, summary);
    }

    public int size() {
        return events.size();
    }

    public TraceEvent event(int seq) {
        return events.get(seq);
    }
}
