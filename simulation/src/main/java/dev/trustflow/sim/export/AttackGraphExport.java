package dev.trustflow.sim.export;

import dev.trustflow.sim.blast.AttackGraph;
import dev.trustflow.sim.blast.Passage;
import dev.trustflow.sim.blast.TraceHoldings;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import dev.trustflow.sim.world.Actor;
import dev.trustflow.sim.world.Credential;
import dev.trustflow.sim.world.Link;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The attack graph of a recorded run, as the files {@link AttackGraphJson} and {@link AttackGraphDot} write it: the
 * actors of the run's world, each with what it holds at the run's last event ({@link TraceHoldings}) and, when the
 * run recorded it, when it was compromised; and both directions of every link, allowed with the rule that let it
 * through or refused with the check that refuses it ({@link AttackGraph#of}), in the order the links were declared.
 *
 * @param scenario the scenario id
 * @param title    the scenario's title
 * @param seed     the run's seed
 * @param step     the event whose holdings are shown (the last), or -1 for a run without events
 * @param at       that event's virtual time (ISO-8601), or null
 * @param zones    the zones the actors sit in, in the order an actor first names them
 * @param nodes    the actors, in the world's order
 * @param edges    both directions of every link, allowed and refused
 */
public record AttackGraphExport(String scenario, String title, long seed, int step, String at, List<Zone> zones,
                                List<Node> nodes, List<Edge> edges) {

    public AttackGraphExport {
        zones = List.copyOf(zones);
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** A zone: its id (what nodes name), what the screen calls it, and whether only rules let hops into it. */
    public record Zone(String id, String label, boolean segmented) {
    }

    /**
     * One actor.
     *
     * @param compromised when the run marked it compromised ({@code node.compromised}), or null
     */
    public record Node(String id, String label, String kind, String zone, List<Held> holds,
                       Compromise compromised) {
        public Node {
            holds = List.copyOf(holds);
        }
    }

    /** A credential an actor holds, valid at the step: what it is and which actors accept it. */
    public record Held(String id, String label, String kind, List<String> opens, String notAfter) {
        public Held {
            opens = List.copyOf(opens);
        }
    }

    /**
     * When the run marked an actor compromised.
     *
     * @param order      1 for the first actor compromised, then in the order the run reached them
     * @param step       the {@code node.compromised} event's seq
     * @param credential the credential that opened it (the event's {@code data.credential}), or null
     */
    public record Compromise(int order, int step, String credential) {
    }

    /**
     * One direction of a link: allowed (with the rule that let it through, if one concerns it) or refused (with
     * the refusing check and its reason).
     */
    public record Edge(String from, String to, boolean allowed, String rule, String check, String reason) {
    }

    /** Whether {@code trace}'s world has links, so that it has an attack graph worth writing. */
    public static boolean applies(Trace trace) {
        return !trace.topology().links().isEmpty();
    }

    /** The attack graph of {@code trace}'s world with what each actor holds at its last event. */
    public static AttackGraphExport of(Trace trace) {
        AttackGraph graph = AttackGraph.of(trace.topology());
        int last = trace.size() - 1;
        TraceHoldings holdings = last < 0 ? null : TraceHoldings.at(trace, last);
        Map<String, Compromise> compromised = compromised(trace);
        List<Node> nodes = new ArrayList<>();
        Map<String, Zone> zones = new LinkedHashMap<>();
        for (Actor a : trace.topology().actors()) {
            zones.computeIfAbsent(a.zone(), id -> {
                var z = trace.topology().zone(id);
                return new Zone(z.id(), z.label(), z.segmented());
            });
            List<Held> holds = holdings == null ? List.of()
                    : holdings.heldBy(a.id()).stream().map(AttackGraphExport::held).toList();
            nodes.add(new Node(a.id(), a.label(), word(a.kind().name()), a.zone(), holds, compromised.get(a.id())));
        }
        List<Edge> edges = new ArrayList<>();
        for (Link link : trace.topology().links()) {
            edges.add(edge(graph, link.from(), link.to()));
            edges.add(edge(graph, link.to(), link.from()));
        }
        return new AttackGraphExport(trace.scenario(), trace.title(), trace.seed(),
                last < 0 ? -1 : trace.event(last).seq(), holdings == null ? null : holdings.at().toString(),
                List.copyOf(zones.values()), nodes, edges);
    }

    private static Edge edge(AttackGraph graph, String from, String to) {
        Passage p = graph.graph().getEdge(from, to);
        if (p != null) {
            return new Edge(from, to, true, p.rule(), null, null);
        }
        AttackGraph.Blocked b = graph.blocked().stream().filter(x -> x.from().equals(from) && x.to().equals(to))
                .findFirst().orElseThrow(() -> new IllegalStateException(from + " \u2192 " + to
                        + " is neither allowed nor refused by the attack graph"));
        return new Edge(from, to, false, null, b.check(), b.reason());
    }

    private static Held held(Credential c) {
        return new Held(c.id(), c.label(), c.kind().word(), c.opens().stream().sorted().toList(),
                c.notAfter() == null ? null : c.notAfter().toString());
    }

    private static Map<String, Compromise> compromised(Trace trace) {
        Map<String, Compromise> out = new LinkedHashMap<>();
        for (TraceEvent e : trace.events()) {
            if (EventKinds.NODE_COMPROMISED.equals(e.kind()) && !out.containsKey(e.actor())) {
                out.put(e.actor(), new Compromise(out.size() + 1, e.seq(),
                        e.text("credential").orElse(null)));
            }
        }
        return out;
    }

    private static String word(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
