package dev.trustflow.sim.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;

/**
 * An {@link AttackGraphExport} as JSON (Jackson): {@code scenario}, {@code title}, {@code seed}, {@code step} and
 * {@code at} (whose holdings), {@code zones} (id, label, segmented), {@code nodes} (id, label, kind, zone, {@code holds}: credentials with the actors
 * each {@code opens}, and {@code compromised} when the run marked it) and {@code edges} ({@code from}, {@code to},
 * {@code allowed}, and the {@code rule} that let it through or the {@code check} and {@code reason} that refuse
 * it). Absent values are left out rather than written as null.
 */
public final class AttackGraphJson {

    /** The file name {@code export} writes it to. */
    public static final String FILE = "attack-graph.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private AttackGraphJson() {
    }

    public static String render(AttackGraphExport graph) {
        try {
            return MAPPER.writeValueAsString(graph) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("the attack graph of " + graph.scenario() + " could not be written", e);
        }
    }
}
