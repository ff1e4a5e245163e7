package dev.trustflow.sim.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trustflow.sim.trace.Trace;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The blast radius the run showed equals a breadth-first search written here, over nothing but the exported
 * attack-graph.json: from the first actor the run compromised, cross an allowed edge into an actor when something
 * already reached holds a credential, valid at the export's instant, that opens it; what is reached adds what it holds.
 */
class ExportedGraphReachTest {

    @ParameterizedTest
    @CsvSource({"flat,over-privileged,yes,long", "segmented,over-privileged,yes,long", "segmented,scoped,no,long",
            "flat,scoped,no,short", "segmented,over-privileged,no,short"})
    void theRunsReachIsABreadthFirstSearchOverTheExportedGraph(String segmentation, String account, String shared,
                                                               String lifetime) throws Exception {
        Trace trace = AttackGraphJsonTest.run("blast-radius", Map.of("segmentation", segmentation,
                "service-account", account, "shared-secret", shared, "credential-lifetime", lifetime));
        JsonNode graph = new ObjectMapper().readTree(AttackGraphJson.render(AttackGraphExport.of(trace)));

        Set<String> shown = new HashSet<>();
        String entry = null;
        for (JsonNode node : graph.get("nodes")) {
            JsonNode compromised = node.get("compromised");
            if (compromised != null && !compromised.isNull()) {
                shown.add(node.get("id").asText());
                if (compromised.get("order").asInt() == 1) {
                    entry = node.get("id").asText();
                }
            }
        }
        assertThat(entry).as("the run compromised an entry").isNotNull();
        assertThat(breadthFirst(graph, entry)).as("reach over the exported graph").isEqualTo(shown);
    }

    private static Set<String> breadthFirst(JsonNode graph, String entry) {
        Instant at = Instant.parse(graph.get("at").asText());
        Map<String, JsonNode> nodes = new HashMap<>();
        graph.get("nodes").forEach(n -> nodes.put(n.get("id").asText(), n));
        Map<String, List<String>> out = new HashMap<>();
        graph.get("edges").forEach(e -> {
            if (e.get("allowed").asBoolean()) {
                out.computeIfAbsent(e.get("from").asText(), k -> new java.util.ArrayList<>()).add(e.get("to").asText());
            }
        });
        Set<String> reached = new LinkedHashSet<>(List.of(entry));
        Set<String> opens = new HashSet<>();
        holdInto(nodes.get(entry), at, opens);
        boolean grew = true;
        while (grew) {
            grew = false;
            Deque<String> queue = new ArrayDeque<>(reached);
            while (!queue.isEmpty()) {
                for (String next : out.getOrDefault(queue.poll(), List.of())) {
                    if (!reached.contains(next) && opens.contains(next)) {
                        reached.add(next);
                        holdInto(nodes.get(next), at, opens);
                        queue.add(next);
                        grew = true;
                    }
                }
            }
        }
        return reached;
    }

    private static void holdInto(JsonNode node, Instant at, Set<String> opens) {
        for (JsonNode credential : node.get("holds")) {
            JsonNode notAfter = credential.get("notAfter");
            if (notAfter == null || notAfter.isNull() || Instant.parse(notAfter.asText()).isAfter(at)) {
                credential.get("opens").forEach(o -> opens.add(o.asText()));
            }
        }
    }
}
