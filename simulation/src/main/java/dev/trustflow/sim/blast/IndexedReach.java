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

    /** In {@link #passage}: the actor was compromised at the start (or not reached). */
    static final int NONE = -1;

    /** The state of an actor compromised at the start: reached, opened by no credential. */
    static final int ENTRY = Integer.MIN_VALUE;

    private final IndexedAttackGraph graph;
    private final int[] order;
    private final int size;
    private final int[] state;
    private final int[] passage;

    /**
     * @param order     actor positions in the order reached, the first {@code size} of them
     * @param state     per actor position: 0 if no credential opened it, {@link #openedBy} the first credential that
     *                  did, {@link #reached} of that once it was reached, {@link #ENTRY} for an entry
     * @param passage   per actor position, the passage index it was reached over, {@link #NONE} for an entry
     */
    IndexedReach(IndexedAttackGraph graph, int[] order, int size, int[] state, int[] passage) {
        this.graph = graph;
        this.order = order;
        this.size = size;
        this.state = state;
        this.passage = passage;
    }

    /** How many actors were reached, the compromised ones included. */
    public int size() {
        return size;
    }

    /** How many distinct valid credentials the attacker collected (counted from the reached actors on each call). */
    public int heldCount() {
        return graph.taken(order, size).length;
    }

    /** Whether {@code actor} was reached; false for an id the graph does not have. */
    public boolean contains(String actor) {
        int i = graph.positionOf(actor);
        return i >= 0 && isReached(state[i]);
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
                    : new Reached(graph.id(a), graph.passage(passage[a]), graph.credential(-state[a] - 1)));
        }
        Map<String, Credential> held = new LinkedHashMap<>();
        for (int k : graph.taken(order, size)) {
            Credential credential = graph.credential(k);
            held.put(credential.id(), credential);
        }
        return new Reach(inOrder, held);
    }

    /** The state of an actor not yet reached that credential {@code credential} opens. */
    static int openedBy(int credential) {
        return credential + 1;
    }

    /** The state of an opened actor ({@code openedState} &gt; 0) once it is reached. */
    static int reached(int openedState) {
        return -openedState;
    }

    static boolean isReached(int state) {
        return state < 0;
    }
}
