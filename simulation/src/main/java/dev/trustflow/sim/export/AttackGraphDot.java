package dev.trustflow.sim.export;

import dev.trustflow.sim.export.AttackGraphExport.Edge;
import dev.trustflow.sim.export.AttackGraphExport.Held;
import dev.trustflow.sim.export.AttackGraphExport.Node;
import dev.trustflow.sim.export.AttackGraphExport.Zone;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@link AttackGraphExport} as a GraphViz {@code digraph}: one cluster per zone (its label, and whether it is
 * segmented) holding its actors (label, kind, and what each holds), compromised actors filled and numbered in the
 * order reached, an allowed direction as a solid arrow (labelled with the rule that let it through), a refused one
 * dashed grey with the refusing check.
 * Every ID and label is a quoted string made by {@link DotText}.
 */
public final class AttackGraphDot {

    /** The file name {@code export} writes it to. */
    public static final String FILE = "attack-graph.dot";
    private static final String INDENT = "  ";

    private AttackGraphDot() {
    }

    public static String render(AttackGraphExport graph) {
        StringBuilder out = new StringBuilder();
        out.append("digraph ").append(DotText.quote("attack graph of " + graph.scenario())).append(" {\n");
        out.append(INDENT).append("// TrustFlow: ").append(graph.scenario().replaceAll("\\s+", " "))
                .append(", seed ").append(graph.seed())
                .append(graph.at() == null ? "" : ", holdings at event " + graph.step() + " (" + graph.at() + ")")
                .append('\n');
        out.append(INDENT).append("graph [label=").append(DotText.quote(graph.title()))
                .append(", labelloc=t, rankdir=LR, fontname=\"Helvetica\"];\n");
        out.append(INDENT).append("node [shape=box, style=rounded, fontname=\"Helvetica\"];\n");
        out.append(INDENT).append("edge [fontname=\"Helvetica\", fontsize=10];\n");
        Map<String, List<Node>> byZone = new LinkedHashMap<>();
        graph.nodes().forEach(n -> byZone.computeIfAbsent(n.zone(), z -> new ArrayList<>()).add(n));
        Map<String, Zone> zones = new LinkedHashMap<>();
        graph.zones().forEach(z -> zones.put(z.id(), z));
        int cluster = 0;
        for (Map.Entry<String, List<Node>> members : byZone.entrySet()) {
            Zone zone = zones.getOrDefault(members.getKey(), new Zone(members.getKey(), members.getKey(), false));
            out.append(INDENT).append("subgraph cluster_").append(cluster++).append(" {\n");
            out.append(INDENT).append(INDENT).append("label=")
                    .append(DotText.quote(zone.label() + (zone.segmented() ? " (segmented)" : ""))).append(";\n");
            members.getValue().forEach(n -> out.append(INDENT).append(INDENT).append(node(n)).append('\n'));
            out.append(INDENT).append("}\n");
        }
        graph.edges().forEach(e -> out.append(INDENT).append(edge(e)).append('\n'));
        return out.append("}\n").toString();
    }

    private static String node(Node n) {
        StringBuilder label = new StringBuilder(n.label()).append('\n').append('(').append(n.kind()).append(')');
        for (Held h : n.holds()) {
            label.append('\n').append(h.label());
        }
        StringBuilder attributes = new StringBuilder("label=").append(DotText.quote(label.toString()));
        if (n.compromised() != null) {
            attributes.append(", style=\"rounded,filled\", fillcolor=\"#f4c7c3\", xlabel=")
                    .append(DotText.quote("#" + n.compromised().order()));
        }
        return DotText.quote(n.id()) + " [" + attributes + "];";
    }

    private static String edge(Edge e) {
        String head = DotText.quote(e.from()) + " -> " + DotText.quote(e.to());
        if (e.allowed()) {
            return head + (e.rule() == null ? ";" : " [label=" + DotText.quote(e.rule()) + "];");
        }
        return head + " [style=dashed, color=gray, fontcolor=gray, label=" + DotText.quote("refused: " + e.check())
                + "];";
    }
}
