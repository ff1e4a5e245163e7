package dev.trustflow.sim.blast;

import dev.trustflow.sim.world.Credential;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A blast radius measured by {@link IndexedAttackGraph#measure}, kept as the walk's int arrays: the actors' positions
 * in the order they were reached and, per actor position, the passage and credential that opened it. Counting and
 * membership cost nothing more; {@link #toReach()} builds the full {@link Reach} (the same as
 * {@link BlastRadius#measure}) when a caller wants the objects.
 */
public final class IndexedReach {

    /** In {@link #passage} and {@link #opener}: the actor was compromised at the start (or not reached). */
    static final int NONE = -1;

    private final IndexedAttackGraph graph;
    private final int[] order;
    private final int size;
    private final boolean[] reached;
    private final int[] passage;
    private final int[] opener;
    private final int[] heldOrder;
    private final int heldCount;

    /**
     * @param order     actor positions in the order reached, the first {@code size} of them
     * @param reached   per actor position, whether it was reached
     * @param passage   per actor position, the passage index it was reached over, {@link #NONE} for an entry
     * @param opener    per actor position, the credential index that opened it (meaningful only when reached over a
     *                  passage)
     * @param heldOrder credential indexes in the order the attacker took them, the first {@code heldCount} of them
     */
    IndexedReach(IndexedAttackGraph graph, int[] order, int size, boolean[] reached, int[] passage, int[] opener,
            int[] heldOrder, int heldCount) {
        this.graph = graph;
        this.order = order;
        this.size = size;
        this.reached = reached;
        this.passage = passage;
        this.opener = opener;
        this.heldOrder = heldOrder;
        this.heldCount = heldCount;
    }

    /** How many actors were reached, the compromised ones included. */
    public int size() {
        return size;
    }

    /** How many distinct valid credentials the attacker collected. */
    public int heldCount() {
        return heldCount;
    }

    /** Whether {@code actor} was reached; false for an id the graph does not have. */
    public boolean contains(String actor) {
        int i = graph.positionOf(actor);
        return i >= 0 && reached[i];
    }

    /** The id of the {@code index}-th actor reached (0 is the first entry). */
    public String actor(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return graph.id(order[index]);
    }

    /** The reach as objects: each actor with its passage and credential, and the held credentials by id. */
    public Reach toReach() {
        List<Reached> inOrder = new ArrayList<>(size);
        for (int q = 0; q < size; q++) {
            int a = order[q];
            inOrder.add(passage[a] == NONE ? new Reached(graph.id(a), null, null)
                    : new Reached(graph.id(a), graph.passage(passage[a]), graph.credential(opener[a])));
        }
        Map<String, Credential> held = new LinkedHashMap<>();
        for (int c = 0; c < heldCount; c++) {
            Credential credential = graph.credential(heldOrder[c]);
            held.put(credential.id(), credential);
        }
        return new Reach(inOrder, held);
    }
}
