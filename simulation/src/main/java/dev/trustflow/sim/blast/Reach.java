package dev.trustflow.sim.blast;

import dev.trustflow.sim.world.Actor;
import dev.trustflow.sim.world.ActorKind;
import dev.trustflow.sim.world.Credential;
import dev.trustflow.sim.world.Topology;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A blast radius: the actors reached in order, each with the passage and credential that opened it, and every
 * credential the attacker ended up holding (by id, in the order acquired).
 *
 * @param reached the actors reached, the compromised ones first
 * @param held    the valid credentials the attacker collected from the reached actors
 */
public record Reach(List<Reached> reached, Map<String, Credential> held) {

    public Reach {
        reached = List.copyOf(reached);
        held = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(held));
    }

    public Set<String> actors() {
        return reached.stream().map(Reached::actor).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    public boolean contains(String actor) {
        return reached.stream().anyMatch(r -> r.actor().equals(actor));
    }

    public Optional<Reached> of(String actor) {
        return reached.stream().filter(r -> r.actor().equals(actor)).findFirst();
    }

    /** Reached of total for each kind the world has (attackers left out), in the kinds' order. */
    public List<KindCount> counts(Topology world) {
        Set<String> in = actors();
        Map<ActorKind, int[]> byKind = new EnumMap<>(ActorKind.class);
        for (Actor a : world.actors()) {
            if (a.kind() == ActorKind.ATTACKER) {
                continue;
            }
            int[] c = byKind.computeIfAbsent(a.kind(), k -> new int[2]);
            c[1]++;
            if (in.contains(a.id())) {
                c[0]++;
            }
        }
        List<KindCount> counts = new ArrayList<>();
        byKind.forEach((kind, c) -> counts.add(new KindCount(kind, c[0], c[1])));
        return counts;
    }

    /** "7 of 12 services, 2 of 3 databases" for the kinds asked, in that order. */
    public String words(Topology world, ActorKind... kinds) {
        List<KindCount> counts = counts(world);
        List<String> parts = new ArrayList<>();
        for (ActorKind kind : kinds) {
            counts.stream().filter(c -> c.kind() == kind).findFirst().ifPresent(c -> parts.add(c.words()));
        }
        return String.join(", ", parts);
    }
}
