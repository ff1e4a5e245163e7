package dev.trustflow.sim.blast;

import dev.trustflow.sim.world.HopDecision;
import dev.trustflow.sim.world.HopRules;
import dev.trustflow.sim.world.Link;
import dev.trustflow.sim.world.Topology;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;

/**
 * The hops an attacker could make through the world: a JGraphT directed graph whose vertices are actor ids and
 * whose edges are the {@link Passage}s the world's rules let through. Each link gives two directions, each decided
 * by {@link HopRules} exactly as delivery decides a hop: a direction that a segmentation rule or an allow-list
 * refuses is left out (and kept in {@link #blocked()}, with the check that refused it).
 */
public final class AttackGraph {

    private final Graph<String, Passage> graph;
    private final List<Blocked> blocked;

    /** A direction of a link that the world's rules refuse, with the refusing check's reason. */
    public record Blocked(String from, String to, String check, String reason) {
    }

    private AttackGraph(Graph<String, Passage> graph, List<Blocked> blocked) {
        this.graph = graph;
        this.blocked = List.copyOf(blocked);
    }

    /** The passages of {@code world}: every direction of every link that its rules allow. */
    public static AttackGraph of(Topology world) {
        Graph<String, Passage> graph = new DefaultDirectedGraph<>(Passage.class);
        List<Blocked> blocked = new ArrayList<>();
        world.actors().forEach(a -> graph.addVertex(a.id()));
        for (Link link : world.links()) {
            decide(world, link.from(), link.to(), graph, blocked);
            decide(world, link.to(), link.from(), graph, blocked);
        }
        return new AttackGraph(graph, blocked);
    }

    /** A graph over given vertices and passages (generated worlds, tests). */
    public static AttackGraph of(Collection<String> actors, Collection<Passage> passages) {
        Graph<String, Passage> graph = new DefaultDirectedGraph<>(Passage.class);
        actors.forEach(graph::addVertex);
        passages.forEach(p -> graph.addEdge(p.from(), p.to(), p));
        return new AttackGraph(graph, List.of());
    }

    private static void decide(Topology world, String from, String to, Graph<String, Passage> graph,
                               List<Blocked> blocked) {
        List<HopDecision> decisions = HopRules.decide(world, from, to);
        HopDecision refused = decisions.stream().filter(d -> !d.result().passed()).findFirst().orElse(null);
        if (refused != null) {
            blocked.add(new Blocked(from, to, refused.result().check(), refused.result().reason()));
            return;
        }
        String rule = decisions.stream().map(HopDecision::rule).reduce((a, b) -> b).orElse(null);
        graph.addEdge(from, to, new Passage(from, to, rule));
    }

    /** The same graph without {@code removed} (a suggested cut applied), for measuring again. */
    public AttackGraph without(Collection<Passage> removed) {
        Set<String> gone = new HashSet<>();
        removed.forEach(p -> gone.add(p.from() + "\u0000" + p.to()));
        Graph<String, Passage> copy = new DefaultDirectedGraph<>(Passage.class);
        graph.vertexSet().forEach(copy::addVertex);
        graph.edgeSet().stream().filter(p -> !gone.contains(p.from() + "\u0000" + p.to()))
                .forEach(p -> copy.addEdge(p.from(), p.to(), p));
        return new AttackGraph(copy, blocked);
    }

    /** The JGraphT graph itself (read only by convention: the engine and tests traverse it). */
    public Graph<String, Passage> graph() {
        return graph;
    }

    public boolean allows(String from, String to) {
        return graph.containsEdge(from, to);
    }

    public List<Blocked> blocked() {
        return blocked;
    }
}
