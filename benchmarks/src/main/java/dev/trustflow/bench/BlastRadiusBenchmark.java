package dev.trustflow.bench;

import dev.trustflow.sim.blast.AttackGraph;
import dev.trustflow.sim.blast.BlastRadius;
import dev.trustflow.sim.blast.Holdings;
import dev.trustflow.sim.blast.IndexedAttackGraph;
import dev.trustflow.sim.blast.IndexedReach;
import dev.trustflow.sim.blast.Passage;
import dev.trustflow.sim.world.Credential;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Blast radius on a generated world of {@link #nodes} actors with {@value #DEGREE} passages out of each (seeded, no
 * self-loops or duplicates), every actor holding one credential that opens the actors it has passages to: so the
 * blast radius from actor 0 is exactly what a breadth-first search from 0 reaches, and the two do the same
 * graph work. {@link #blastRadius} is {@link BlastRadius#measure} over the {@link AttackGraph} (JGraphT);
 * {@link #indexedBlastRadius} the same walk over {@link IndexedAttackGraph}'s int arrays (indexed in the setup),
 * answered as the compact {@link IndexedReach}, {@link #indexedToReach} the same with the full {@code Reach} built
 * from it, {@link #indexThenMeasure} indexing included; {@link #intArrayBfs} a plain breadth-first search over the same edges in int arrays (compressed rows), the
 * baseline. The setup fails if any of them reaches a different number of actors.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class BlastRadiusBenchmark {

    static final int DEGREE = 5;
    private static final Instant AT = Instant.parse("2026-01-01T11:00:00Z");

    @Param({"1000", "10000", "100000"})
    public int nodes;

    private AttackGraph graph;
    private IndexedAttackGraph indexed;
    private Holdings holdings;
    private List<String> entry;
    private int[] rowStart;
    private int[] targets;

    @Setup
    public void generate() {
        Random random = new Random(42);
        List<String> ids = new ArrayList<>(nodes);
        for (int i = 0; i < nodes; i++) {
            ids.add("n" + i);
        }
        List<Passage> passages = new ArrayList<>(nodes * DEGREE);
        Map<String, List<Credential>> held = new java.util.HashMap<>();
        rowStart = new int[nodes + 1];
        targets = new int[nodes * DEGREE];
        int edge = 0;
        for (int i = 0; i < nodes; i++) {
            rowStart[i] = edge;
            Set<Integer> out = new LinkedHashSet<>();
            while (out.size() < DEGREE) {
                int t = random.nextInt(nodes);
                if (t != i) {
                    out.add(t);
                }
            }
            Set<String> opens = new LinkedHashSet<>();
            for (int t : out) {
                targets[edge++] = t;
                passages.add(new Passage(ids.get(i), ids.get(t), null));
                opens.add(ids.get(t));
            }
            held.put(ids.get(i), List.of(new Credential("key-" + i, Credential.Kind.KEY, "key " + i, opens, null)));
        }
        rowStart[nodes] = edge;
        graph = AttackGraph.of(ids, passages);
        holdings = actor -> held.getOrDefault(actor, List.of());
        entry = List.of(ids.get(0));
        indexed = IndexedAttackGraph.of(graph, holdings, AT);
        int blast = blastRadius();
        int bfs = intArrayBfs();
        if (blast != bfs || indexedBlastRadius() != bfs || indexedToReach() != bfs) {
            throw new IllegalStateException("blast radius reached " + blast + " actors, indexed "
                    + indexedBlastRadius() + " (as objects " + indexedToReach() + "), BFS " + bfs);
        }
    }

    @Benchmark
    public int blastRadius() {
        return BlastRadius.measure(graph, holdings, AT, entry).reached().size();
    }

    /**
     * The same walk over the int arrays indexed once from the JGraphT graph and the holdings (setup), answered as
     * the compact {@link IndexedReach}: no object per actor.
     */
    @Benchmark
    public int indexedBlastRadius() {
        return indexed.measure(entry).size();
    }

    /** The indexed walk and then its full {@link dev.trustflow.sim.blast.Reach} (a {@code Reached} per actor). */
    @Benchmark
    public int indexedToReach() {
        return indexed.measure(entry).toReach().reached().size();
    }

    /** Indexing the JGraphT graph and the holdings, then the walk: the cost when the world or wallets change. */
    @Benchmark
    public int indexThenMeasure() {
        return IndexedAttackGraph.of(graph, holdings, AT).measure(entry).size();
    }

    @Benchmark
    public int intArrayBfs() {
        boolean[] seen = new boolean[nodes];
        int[] queue = new int[nodes];
        int head = 0;
        int tail = 0;
        queue[tail++] = 0;
        seen[0] = true;
        while (head < tail) {
            int at = queue[head++];
            for (int e = rowStart[at]; e < rowStart[at + 1]; e++) {
                int t = targets[e];
                if (!seen[t]) {
                    seen[t] = true;
                    queue[tail++] = t;
                }
            }
        }
        return tail;
    }
}
