package dev.trustflow.sim.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustflow.sim.blast.AttackGraph;
import dev.trustflow.sim.blast.TraceHoldings;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import dev.trustflow.sim.world.Actor;
import dev.trustflow.sim.world.Credential;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads an exported attack graph as plain Jackson trees and compares it with the graph, holdings and compromises
 * computed here straight from the trace ({@link AttackGraph#of}, {@link TraceHoldings}, {@code node.compromised}).
 */
public final class ExportedAttackGraph {

    private ExportedAttackGraph() {
    }

    /** Compares the JSON with the graph and holdings computed here straight from the trace. */
    public static void assertEqualsTheGraph(Trace trace, JsonNode json) {
        assertThat(json.get("scenario").asText()).isEqualTo(trace.scenario());
        assertThat(json.get("seed").asLong()).isEqualTo(trace.seed());
        List<String> ids = new ArrayList<>();
        json.get("nodes").forEach(n -> ids.add(n.get("id").asText()));
        assertThat(ids).isEqualTo(trace.topology().actors().stream().map(Actor::id).toList());

        for (JsonNode z : json.get("zones")) {
            dev.trustflow.sim.world.Zone zone = trace.topology().zone(z.get("id").asText());
            assertThat(z.get("label").asText()).isEqualTo(zone.label());
            assertThat(z.get("segmented").asBoolean()).isEqualTo(zone.segmented());
        }
        Set<String> zoneIds = new HashSet<>();
        json.get("zones").forEach(z -> zoneIds.add(z.get("id").asText()));
        assertThat(zoneIds).isEqualTo(trace.topology().actors().stream().map(Actor::zone).collect(Collectors.toSet()));

        TraceHoldings holdings = TraceHoldings.at(trace, trace.size() - 1);
        for (Actor a : trace.topology().actors()) {
            JsonNode n = node(json, a.id());
            assertThat(n.get("label").asText()).isEqualTo(a.label());
            assertThat(n.get("kind").asText()).isEqualToIgnoringCase(a.kind().name().replace('_', '-'));
            assertThat(n.get("zone").asText()).isEqualTo(a.zone());
            Map<String, Set<String>> held = new HashMap<>();
            n.get("holds").forEach(h -> {
                Set<String> opens = new HashSet<>();
                h.get("opens").forEach(o -> opens.add(o.asText()));
                held.put(h.get("id").asText(), opens);
            });
            assertThat(held).as("what " + a.id() + " holds").isEqualTo(holdings.heldBy(a.id()).stream()
                    .collect(Collectors.toMap(Credential::id, Credential::opens)));
        }

        AttackGraph graph = AttackGraph.of(trace.topology());
        Set<String> allowed = new HashSet<>();
        json.get("edges").forEach(e -> {
            if (e.get("allowed").asBoolean()) {
                allowed.add(e.get("from").asText() + " -> " + e.get("to").asText() + " rule "
                        + e.path("rule").asText("-"));
                assertThat(e.has("check")).isFalse();
            }
        });
        assertThat(allowed).isEqualTo(graph.graph().edgeSet().stream()
                .map(p -> p.from() + " -> " + p.to() + " rule " + (p.rule() == null ? "-" : p.rule()))
                .collect(Collectors.toSet()));
        assertThat(new HashSet<>(refused(json))).isEqualTo(graph.blocked().stream()
                .map(b -> b.from() + " -> " + b.to() + " refused by " + b.check()).collect(Collectors.toSet()));
        assertThat(json.get("edges")).hasSize(allowed.size() + graph.blocked().size());

        List<String> compromised = compromisedInOrder(json);
        List<String> marked = trace.events().stream().filter(e -> EventKinds.NODE_COMPROMISED.equals(e.kind()))
                .map(TraceEvent::actor).distinct().toList();
        assertThat(compromised).isEqualTo(marked);
    }

    public static List<String> refused(JsonNode json) {
        List<String> out = new ArrayList<>();
        json.get("edges").forEach(e -> {
            if (!e.get("allowed").asBoolean()) {
                assertThat(e.get("reason").asText()).isNotBlank();
                out.add(e.get("from").asText() + " -> " + e.get("to").asText() + " refused by "
                        + e.get("check").asText());
            }
        });
        return out;
    }

    public static List<String> compromisedInOrder(JsonNode json) {
        List<JsonNode> marked = new ArrayList<>();
        json.get("nodes").forEach(n -> {
            if (n.has("compromised")) {
                marked.add(n);
            }
        });
        marked.sort((a, b) -> Integer.compare(a.at("/compromised/order").asInt(), b.at("/compromised/order").asInt()));
        return marked.stream().map(n -> n.get("id").asText()).toList();
    }

    public static JsonNode node(JsonNode json, String id) {
        for (JsonNode n : json.get("nodes")) {
            if (n.get("id").asText().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("no node " + id);
    }
}
