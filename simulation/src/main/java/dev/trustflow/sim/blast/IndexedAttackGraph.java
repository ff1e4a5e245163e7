package dev.trustflow.sim.blast;

import dev.trustflow.sim.world.Credential;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;

/**
 * An {@link AttackGraph} and the credentials its actors hold at one instant, indexed once into int arrays (actors
 * by position, passages in compressed rows in JGraphT's order, each credential's targets as positions), so that
 * measuring a blast radius from any entry costs about what a plain breadth-first search costs. {@link #measure}
 * answers with an {@link IndexedReach} (the walk's int arrays) whose {@link IndexedReach#toReach()} is exactly the
 * {@link Reach} of {@link BlastRadius#measure} (same order, same passages and credentials); the generic walk stays
 * the reference, this one is for large worlds (benchmarks/README.md).
 */
public final class IndexedAttackGraph {

    private final String[] ids;
    private final Map<String, Integer> position = new HashMap<>();
    private final int[] rowStart;
    private final int[] targets;
    private final Passage[] passages;
    private final int[] heldStart;
    /**
     * What each actor holds, in rows by {@link #heldStart}: a credential index {@code k} when only that actor holds
     * the credential, {@code ~k} (negative) when more do, so that only shared credentials need to be marked as
     * taken during a walk.
     */
    private final int[] held;
    private final boolean anyShared;
    private final Credential[] credentials;
    private final int[] opensStart;
    private final int[] opens;

    private IndexedAttackGraph(AttackGraph attackGraph, Holdings holdings, Instant at) {
        Graph<String, Passage> graph = attackGraph.graph();
        ids = graph.vertexSet().toArray(new String[0]);
        for (int i = 0; i < ids.length; i++) {
            position.put(ids[i], i);
        }
        rowStart = new int[ids.length + 1];
        targets = new int[graph.edgeSet().size()];
        passages = new Passage[targets.length];
        heldStart = new int[ids.length + 1];
        Map<String, Integer> credentialIndex = new LinkedHashMap<>();
        List<Credential> distinct = new ArrayList<>();
        int[] heldBuffer = new int[16];
        int e = 0;
        int h = 0;
        for (int i = 0; i < ids.length; i++) {
            rowStart[i] = e;
            for (Passage p : graph.outgoingEdgesOf(ids[i])) {
                targets[e] = position.get(p.to());
                passages[e++] = p;
            }
            heldStart[i] = h;
            for (Credential c : holdings.heldBy(ids[i])) {
                if (!c.validAt(at)) {
                    continue;
                }
                Integer k = credentialIndex.get(c.id());
                if (k == null) {
                    k = distinct.size();
                    credentialIndex.put(c.id(), k);
                    distinct.add(c);
                }
                if (h == heldBuffer.length) {
                    heldBuffer = Arrays.copyOf(heldBuffer, h * 2);
                }
                heldBuffer[h++] = k;
            }
        }
        rowStart[ids.length] = e;
        heldStart[ids.length] = h;
        held = Arrays.copyOf(heldBuffer, h);
        credentials = distinct.toArray(new Credential[0]);
        int[] holders = new int[credentials.length];
        for (int k : held) {
            holders[k]++;
        }
        boolean shared = false;
        for (int s = 0; s < held.length; s++) {
            if (holders[held[s]] > 1) {
                held[s] = ~held[s];
                shared = true;
            }
        }
        anyShared = shared;
        opensStart = new int[credentials.length + 1];
        int[] opensBuffer = new int[16];
        int o = 0;
        for (int k = 0; k < credentials.length; k++) {
            opensStart[k] = o;
            for (String target : credentials[k].opens()) {
                Integer t = position.get(target);
                if (t != null) {
                    if (o == opensBuffer.length) {
                        opensBuffer = Arrays.copyOf(opensBuffer, o * 2);
                    }
                    opensBuffer[o++] = t;
                }
            }
        }
        opensStart[credentials.length] = o;
        opens = Arrays.copyOf(opensBuffer, o);
    }

    /** Indexes {@code attackGraph} and what its actors hold that is valid at {@code at}. */
    public static IndexedAttackGraph of(AttackGraph attackGraph, Holdings holdings, Instant at) {
        return new IndexedAttackGraph(attackGraph, holdings, at);
    }

    /**
     * The blast radius from {@code entry}, as {@link BlastRadius#measure} computes it ({@link IndexedReach#toReach()}
     * gives the same {@link Reach}), kept in the walk's int arrays.
     */
    public IndexedReach measure(Collection<String> entry) {
        int n = ids.length;
        int[] queue = new int[n];
        int[] via = new int[n];
        /* Per actor, one int read by both loops (IndexedReach's encoding): 0 while no held credential opens it,
           1 + the first credential that does once one does, negated once it is reached. */
        int[] state = new int[n];
        /* Target not yet opened -> 1 + the first passage from a reached actor that leads to it; 0 for none. Made
           when a first target has to wait: a world where every key comes before the passages to its targets never
           pays for it. */
        int[] waiting = null;
        boolean[] taken = anyShared ? new boolean[credentials.length] : null;
        int head = 0;
        int tail = 0;
        for (String id : entry) {
            int i = position.get(id);
            if (!IndexedReach.isReached(state[i])) {
                state[i] = IndexedReach.ENTRY;
                via[i] = IndexedReach.NONE;
                queue[tail++] = i;
            }
        }
        int[] unlocked = new int[8];
        /* Each loop's end is read once: a write to an int[] (state, via, queue) could otherwise be the row array's. */
        while (head < tail) {
            int actor = queue[head++];
            int unlockedCount = 0;
            for (int h = heldStart[actor], heldEnd = heldStart[actor + 1]; h < heldEnd; h++) {
                int k = held[h];
                if (k < 0) {
                    k = ~k;
                    if (taken[k]) {
                        continue;
                    }
                    taken[k] = true;
                }
                for (int o = opensStart[k], opensEnd = opensStart[k + 1]; o < opensEnd; o++) {
                    int t = opens[o];
                    if (state[t] == 0) {
                        state[t] = IndexedReach.openedBy(k);
                        if (waiting != null && waiting[t] > 0) {
                            if (unlockedCount == unlocked.length) {
                                unlocked = Arrays.copyOf(unlocked, unlockedCount * 2);
                            }
                            unlocked[unlockedCount++] = t;
                        }
                    }
                }
            }
            if (unlockedCount > 0) {
                Integer[] sorted = new Integer[unlockedCount];
                for (int u = 0; u < unlockedCount; u++) {
                    sorted[u] = unlocked[u];
                }
                Arrays.sort(sorted, (a, b) -> ids[a].compareTo(ids[b]));
                for (int t : sorted) {
                    state[t] = IndexedReach.reached(state[t]);
                    via[t] = waiting[t] - 1;
                    queue[tail++] = t;
                }
            }
            for (int e = rowStart[actor], rowEnd = rowStart[actor + 1]; e < rowEnd; e++) {
                int t = targets[e];
                int st = state[t];
                if (IndexedReach.isReached(st)) {
                    continue;
                }
                if (st > 0) {
                    state[t] = IndexedReach.reached(st);
                    via[t] = e;
                    queue[tail++] = t;
                } else {
                    if (waiting == null) {
                        waiting = new int[n];
                    }
                    if (waiting[t] == 0) {
                        waiting[t] = e + 1;
                    }
                }
            }
        }
        return new IndexedReach(this, queue, tail, state, via);
    }

    /**
     * The credentials an attacker takes from the first {@code size} actors of {@code order}, in the order the walk
     * takes them (each actor's, in turn), each once.
     */
    int[] taken(int[] order, int size) {
        boolean[] seen = new boolean[credentials.length];
        int[] taken = new int[credentials.length];
        int count = 0;
        for (int q = 0; q < size; q++) {
            int a = order[q];
            for (int h = heldStart[a]; h < heldStart[a + 1]; h++) {
                int k = held[h] < 0 ? ~held[h] : held[h];
                if (!seen[k]) {
                    seen[k] = true;
                    taken[count++] = k;
                }
            }
        }
        return Arrays.copyOf(taken, count);
    }

    /** The position of actor {@code id}, or -1 if the graph does not have it. */
    int positionOf(String id) {
        Integer i = position.get(id);
        return i == null ? -1 : i;
    }

    String id(int position) {
        return ids[position];
    }

    Passage passage(int index) {
        return passages[index];
    }

    Credential credential(int index) {
        return credentials[index];
    }
}
