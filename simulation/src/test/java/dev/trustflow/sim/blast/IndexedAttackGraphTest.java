package dev.trustflow.sim.blast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.world.Credential;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndexedAttackGraphTest {

    private static final Instant NOW = Instant.parse("2026-01-01T11:00:00Z");

    /**
     * Random worlds where keys are scattered (a quarter of the actors hold one, opening random actors, some
     * expired, some held by two actors), so that targets wait for keys found later: the indexed walk gives the very
     * same reach.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void givesTheSameReachAsTheGenericWalk(long seed) {
        Random random = new Random(seed);
        int n = 300;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add("a" + i);
        }
        Set<Passage> passages = new LinkedHashSet<>();
        for (int i = 1; i <= 10; i++) {
            passages.add(new Passage("a0", ids.get(i), null));
        }
        for (int i = 0; i < n * 3; i++) {
            int from = random.nextInt(n);
            int to = random.nextInt(n);
            if (from != to) {
                passages.add(new Passage(ids.get(from), ids.get(to), null));
            }
        }
        Map<String, List<Credential>> held = new HashMap<>();
        for (int i = 0; i < n / 4; i++) {
            Set<String> opens = new LinkedHashSet<>();
            for (int k = 0; k < 6; k++) {
                opens.add(ids.get(random.nextInt(n)));
            }
            Instant notAfter = random.nextInt(5) == 0 ? NOW.minus(Duration.ofMinutes(1)) : null;
            Credential key = new Credential("key-" + i, Credential.Kind.KEY, "key " + i, opens, notAfter);
            held.computeIfAbsent(ids.get(random.nextInt(n)), h -> new ArrayList<>()).add(key);
            if (i % 4 == 0) {   // a shared credential: taken once, from whichever holder is reached first
                held.computeIfAbsent(ids.get(random.nextInt(n)), h -> new ArrayList<>()).add(key);
            }
        }
        held.computeIfAbsent("a0", h -> new ArrayList<>()).add(new Credential("wide", Credential.Kind.TOKEN,
                "wide", Set.copyOf(ids.subList(0, 40)), null));
        Holdings holdings = actor -> held.getOrDefault(actor, List.of());
        AttackGraph graph = AttackGraph.of(ids, new ArrayList<>(passages));

        Reach generic = BlastRadius.measure(graph, holdings, NOW, List.of("a0"));
        IndexedReach compact = IndexedAttackGraph.of(graph, holdings, NOW).measure(List.of("a0"));
        Reach indexed = compact.toReach();

        assertThat(generic.reached().size()).isGreaterThan(1);
        assertThat(indexed.reached()).containsExactlyElementsOf(generic.reached());
        assertThat(indexed.held()).containsExactlyEntriesOf(generic.held());
        assertThat(compact.size()).isEqualTo(generic.reached().size());
        assertThat(compact.heldCount()).isEqualTo(generic.held().size());
        for (int q = 0; q < compact.size(); q++) {
            assertThat(compact.actor(q)).isEqualTo(generic.reached().get(q).actor());
        }
        for (String id : ids) {
            assertThat(compact.contains(id)).as(id).isEqualTo(generic.contains(id));
        }
    }

    /**
     * Two entries; db is seen from web before any key opens it, waits, and is entered over that first passage once
     * api's password is taken; an expired key opens nothing; an id the graph lacks is not contained.
     */
    @Test
    void aTargetWaitsForALaterKeyAsInTheGenericWalk() {
        List<String> ids = List.of("web", "worker", "api", "db", "vault");
        AttackGraph graph = AttackGraph.of(ids, List.of(new Passage("web", "db", null),
                new Passage("web", "api", null), new Passage("worker", "api", null),
                new Passage("api", "db", null), new Passage("db", "vault", null)));
        Map<String, List<Credential>> held = Map.of(
                "web", List.of(new Credential("web-token", Credential.Kind.TOKEN, "web token", Set.of("api"), null)),
                "api", List.of(new Credential("db-password", Credential.Kind.SECRET, "db", Set.of("db"), null)),
                "db", List.of(new Credential("old-vault-key", Credential.Kind.KEY, "vault", Set.of("vault"),
                        NOW.minus(Duration.ofDays(1)))));
        Holdings holdings = actor -> held.getOrDefault(actor, List.of());
        List<String> entry = List.of("web", "worker");

        Reach generic = BlastRadius.measure(graph, holdings, NOW, entry);
        IndexedReach compact = IndexedAttackGraph.of(graph, holdings, NOW).measure(entry);

        assertThat(generic.actors()).containsExactly("web", "worker", "api", "db");
        assertThat(compact.toReach()).isEqualTo(generic);
        assertThat(compact.toReach().of("db").orElseThrow().via()).isEqualTo(new Passage("web", "db", null));
        assertThat(compact.size()).isEqualTo(4);
        assertThat(compact.contains("db")).isTrue();
        assertThat(compact.contains("vault")).isFalse();
        assertThat(compact.contains("nowhere")).isFalse();
    }
}
