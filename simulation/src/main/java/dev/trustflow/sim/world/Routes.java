package dev.trustflow.sim.world;

import java.util.List;
import java.util.Optional;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * The paths a message takes through the world: the fewest hops over declared links, where every actor between
 * the two ends must be a relay ({@link ActorKind#isRelay()}: a gateway forwards, a browser or a database does
 * not). Shortest paths come from JGraphT's breadth-first search, not from code of ours.
 */
public final class Routes {

    private final Topology topology;
    private final Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
    /** Paths found so far, by "from→to": a world does not change while its routes are asked for. */
    private final java.util.Map<String, Optional<List<String>>> found = new java.util.HashMap<>();

    public Routes(Topology topology) {
        this.topology = topology;
        topology.actors().forEach(a -> graph.addVertex(a.id()));
        topology.links().forEach(l -> graph.addEdge(l.from(), l.to()));
    }

    /** The actors a message from {@code from} to {@code to} passes, both ends included; empty if none. */
    public Optional<List<String>> between(String from, String to) {
        return found.computeIfAbsent(from + "\u2192" + to, k -> search(from, to));
    }

    private Optional<List<String>> search(String from, String to) {
        if (from.equals(to) || !graph.containsVertex(from) || !graph.containsVertex(to)) {
            return Optional.empty();
        }
        if (graph.containsEdge(from, to)) {
            return Optional.of(List.of(from, to));
        }
        Graph<String, DefaultEdge> relays = new org.jgrapht.graph.AsSubgraph<>(graph,
                graph.vertexSet().stream().filter(v -> v.equals(from) || v.equals(to) || isRelay(v))
                        .collect(java.util.stream.Collectors.toSet()));
        GraphPath<String, DefaultEdge> path = BFSShortestPath.findPathBetween(relays, from, to);
        return path == null ? Optional.empty() : Optional.of(List.copyOf(path.getVertexList()));
    }

    private boolean isRelay(String id) {
        return topology.actor(id).map(a -> a.kind().isRelay()).orElse(false);
    }
}
