package dev.trustflow.sim.blast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.world.Credential;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MinimumCutTest {

    private static final Instant NOW = Instant.parse("2026-01-01T09:00:00Z");
    private static final List<String> ACTORS = List.of("s", "a", "b", "c", "d", "e", "j", "x");

    /**
     * Hand-checked: s fans out to a and b, both lead to c, c to d and e, both to the jewel j; x hangs off a.
     * Every layer is two passages wide and no single passage carries every path, so the minimum cut is 2.
     */
    private static List<Passage> passages() {
        return List.of(p("s", "a"), p("s", "b"), p("a", "c"), p("b", "c"), p("c", "d"), p("c", "e"),
                p("d", "j"), p("e", "j"), p("a", "x"), p("a", "b"));
    }

    private static Passage p(String from, String to) {
        return new Passage(from, to, null);
    }

    private static Holdings everythingOpen() {
        Credential key = new Credential("master", Credential.Kind.PASSWORD, "master password", Set.copyOf(ACTORS),
                null);
        return actor -> actor.equals("s") ? List.of(key) : List.of();
    }

    @Test
    void theCutDisconnectsTheEntryFromTheJewelsAndIsMinimal() {
        AttackGraph graph = AttackGraph.of(ACTORS, passages());
        Reach reach = BlastRadius.measure(graph, everythingOpen(), NOW, List.of("s"));
        assertThat(reach.contains("j")).isTrue();

        CutSuggestion cut = MinimumCut.between(graph, reach, List.of("j"));
        assertThat(cut.possible()).isTrue();
        assertThat(cut.cuts()).hasSize(2);
        assertThat(cut.cuts()).allSatisfy(c -> assertThat(c.opener().id()).isEqualTo("master"));

        List<Passage> left = new ArrayList<>(passages());
        left.removeAll(cut.passages());
        assertThat(bfs(left, "s")).doesNotContain("j");
        assertThat(BlastRadius.measure(graph.without(cut.passages()), everythingOpen(), NOW, List.of("s"))
                .contains("j")).isFalse();

        for (Passage one : passages()) {
            List<Passage> without = new ArrayList<>(passages());
            without.remove(one);
            assertThat(bfs(without, "s")).as("removing only " + one.words()).contains("j");
        }
    }

    @Test
    void nothingToCutWhenNoJewelIsReachedAndNoCutWhenTheEntryIsAJewel() {
        AttackGraph graph = AttackGraph.of(ACTORS, passages());
        Reach reach = BlastRadius.measure(graph, everythingOpen(), NOW, List.of("s"));
        assertThat(MinimumCut.between(graph, reach, List.of("nowhere")).cuts()).isEmpty();
        assertThat(MinimumCut.between(graph, reach, List.of("s")).possible()).isFalse();
    }

    /** An independent breadth-first search over plain passages. */
    private static Set<String> bfs(List<Passage> passages, String from) {
        Set<String> seen = new HashSet<>(List.of(from));
        Deque<String> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty()) {
            String at = queue.poll();
            passages.stream().filter(p -> p.from().equals(at)).map(Passage::to).filter(seen::add).forEach(queue::add);
        }
        return seen;
    }
}
