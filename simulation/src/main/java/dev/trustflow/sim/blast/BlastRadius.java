package dev.trustflow.sim.blast;

import dev.trustflow.sim.world.Credential;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;

/**
 * The blast radius of a compromise: breadth-first over the {@link AttackGraph}'s passages from the compromised
 * actors, where a passage may be taken only once the attacker holds a credential, valid at {@code at}, that the
 * target accepts ({@link Credential#opens()}). Each actor reached adds what it holds, which may open targets that
 * earlier actors could already reach but not enter: those wait by the passage that first found them and are
 * reached as soon as a credential opens them (the fixed point, in one pass: every passage and every credential is
 * looked at once).
 */
public final class BlastRadius {

    private BlastRadius() {
    }

    public static Reach measure(AttackGraph attackGraph, Holdings holdings, Instant at, Collection<String> entry) {
        return new Walk(attackGraph.graph(), holdings, at).run(entry);
    }

    /** One measurement's state. */
    private static final class Walk {
        private final Graph<String, Passage> graph;
        private final Holdings holdings;
        private final Instant at;
        private final Map<String, Reached> reached = new LinkedHashMap<>();
        private final Map<String, Credential> held = new LinkedHashMap<>();
        /** Target → the first held credential that opens it. */
        private final Map<String, Credential> opened = new HashMap<>();
        /** Target not yet opened → the first passage from a reached actor that leads to it. */
        private final Map<String, Passage> waiting = new HashMap<>();
        private final Deque<String> queue = new ArrayDeque<>();

        Walk(Graph<String, Passage> graph, Holdings holdings, Instant at) {
            this.graph = graph;
            this.holdings = holdings;
            this.at = at;
        }

        Reach run(Collection<String> entry) {
            entry.forEach(e -> reach(new Reached(e, null, null)));
            while (!queue.isEmpty()) {
                String actor = queue.poll();
                collect(actor);
                for (Passage p : graph.outgoingEdgesOf(actor)) {
                    String target = p.to();
                    if (reached.containsKey(target)) {
                        continue;
                    }
                    Credential key = opened.get(target);
                    if (key != null) {
                        reach(new Reached(target, p, key));
                    } else {
                        waiting.putIfAbsent(target, p);
                    }
                }
            }
            return new Reach(new ArrayList<>(reached.values()), held);
        }

        /** Takes what {@code actor} holds; targets that were waiting for one of these credentials are reached. */
        private void collect(String actor) {
            List<String> unlocked = null;
            for (Credential c : holdings.heldBy(actor)) {
                if (!c.validAt(at) || held.putIfAbsent(c.id(), c) != null) {
                    continue;
                }
                for (String target : c.opens()) {
                    if (opened.putIfAbsent(target, c) == null && waiting.containsKey(target)
                            && !reached.containsKey(target)) {
                        if (unlocked == null) {
                            unlocked = new ArrayList<>();
                        }
                        unlocked.add(target);
                    }
                }
            }
            if (unlocked != null) {
                unlocked.sort(null);   // a credential's set of targets has no stable order; the walk must
                for (String target : unlocked) {
                    reach(new Reached(target, waiting.get(target), opened.get(target)));
                }
            }
        }

        private void reach(Reached r) {
            if (reached.putIfAbsent(r.actor(), r) == null) {
                queue.add(r.actor());
            }
        }
    }
}
