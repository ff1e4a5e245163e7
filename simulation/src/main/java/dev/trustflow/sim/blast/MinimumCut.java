package dev.trustflow.sim.blast;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.EdmondsKarpMFImpl;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * The fewest passages to close so that no path is left from the compromised actors to the crown jewels: a
 * minimum s-t cut (JGraphT's {@link EdmondsKarpMFImpl}) over the passages the attacker could take in a
 * {@link Reach} (from a reached actor to an actor its credentials opened), each of capacity 1, with a super-source
 * feeding the entry and every reached jewel draining into a super-sink, both with a capacity no cut can pay.
 * <p>
 * A caller may say which passages the system needs (its own calls): those cost more than all the others together,
 * so the cut closes what nobody uses first.
 * <p>
 * Closing these passages is enough: the attacker of the fixed world holds at most what it held before, so every
 * path it could take is a path of this graph, and none of them is left. It is minimal over this graph; a cut that
 * takes credentials into account as well could sometimes be smaller (taking one shared secret away closes several
 * passages at once), which the suggestion names beside each passage.
 */
public final class MinimumCut {

    private static final String SOURCE = "\u0000source";
    private static final String SINK = "\u0000sink";
    /** More than the number of passages of any world: never part of a minimum cut. */
    private static final double UNCUTTABLE = 1e9;

    /** The cost of closing a passage the system needs: cut only where no cut of unneeded passages exists. */
    private static final double NEEDED = 1e4;

    private MinimumCut() {
    }

    /** Every passage costs the same: the fewest passages. */
    public static CutSuggestion between(AttackGraph attackGraph, Reach reach, Collection<String> jewels) {
        return between(attackGraph, reach, jewels, p -> false);
    }

    /**
     * The fewest passages among those the system does not {@code need} (its own calls), closing a needed one only
     * where every path to a jewel runs through needed passages alone.
     */
    public static CutSuggestion between(AttackGraph attackGraph, Reach reach, Collection<String> jewels,
                                        Predicate<Passage> needed) {
        Set<String> in = reach.actors();
        List<String> entries = reach.reached().stream().filter(Reached::isEntry).map(Reached::actor).toList();
        if (entries.stream().anyMatch(jewels::contains)) {
            return new CutSuggestion(List.of(), false);
        }
        List<String> reachedJewels = jewels.stream().filter(in::contains).toList();
        if (reachedJewels.isEmpty()) {
            return new CutSuggestion(List.of(), true);
        }
        Map<String, Reached> byActor = new HashMap<>();
        reach.reached().forEach(r -> byActor.put(r.actor(), r));
        Graph<String, DefaultWeightedEdge> network = new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        network.addVertex(SOURCE);
        network.addVertex(SINK);
        in.forEach(network::addVertex);
        Map<DefaultWeightedEdge, Passage> passages = new HashMap<>();
        for (Passage p : attackGraph.graph().edgeSet()) {
            Reached target = byActor.get(p.to());
            if (in.contains(p.from()) && target != null && !target.isEntry()) {
                DefaultWeightedEdge e = network.addEdge(p.from(), p.to());
                network.setEdgeWeight(e, needed.test(p) ? NEEDED : 1);
                passages.put(e, p);
            }
        }
        entries.forEach(e -> network.setEdgeWeight(network.addEdge(SOURCE, e), UNCUTTABLE));
        reachedJewels.forEach(j -> network.setEdgeWeight(network.addEdge(j, SINK), UNCUTTABLE));

        EdmondsKarpMFImpl<String, DefaultWeightedEdge> flow = new EdmondsKarpMFImpl<>(network);
        flow.calculateMinCut(SOURCE, SINK);
        List<Cut> cuts = new ArrayList<>();
        for (DefaultWeightedEdge e : flow.getCutEdges()) {
            Passage p = passages.get(e);
            if (p == null) {
                throw new IllegalStateException("an uncuttable edge is in the minimum cut: " + e);
            }
            cuts.add(new Cut(p, reach.held().values().stream().filter(c -> c.opens().contains(p.to()))
                    .findFirst().orElse(null)));
        }
        cuts.sort(Comparator.comparing((Cut c) -> c.passage().from()).thenComparing(c -> c.passage().to()));
        return new CutSuggestion(cuts, true);
    }
}
