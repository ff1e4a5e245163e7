package dev.trustflow.sim.world;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The world of a run as the trace keeps it: actors, the zones they sit in, the links between them and the
 * rules enforced on each hop, in the order they were declared (the app lays them out). Immutable; a
 * scenario declares it once through {@link Builder}.
 */
public record Topology(List<Actor> actors, List<Link> links, List<Zone> zones, List<Rule> rules) {

    public Topology {
        actors = actors == null ? List.of() : List.copyOf(actors);
        links = links == null ? List.of() : List.copyOf(links);
        zones = zones == null ? List.of() : List.copyOf(zones);
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    public Topology(List<Actor> actors, List<Link> links) {
        this(actors, links, List.of(), List.of());
    }

    public static Topology empty() {
        return new Topology(List.of(), List.of());
    }

    public Optional<Actor> actor(String id) {
        return actors.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<Link> link(String a, String b) {
        return links.stream().filter(l -> l.joins(a, b)).findFirst();
    }

    /** The zone {@code id}; a zone that actors name but nobody declared is open. */
    public Zone zone(String id) {
        return zones.stream().filter(z -> z.id().equals(id)).findFirst().orElse(new Zone(id, id, false));
    }

    /** Mutable builder used while a scenario sets up its world. */
    public static final class Builder {
        private final List<Actor> actors = new ArrayList<>();
        private final java.util.Set<String> ids = new java.util.HashSet<>();
        private final List<Link> links = new ArrayList<>();
        private final List<Zone> zones = new ArrayList<>();
        private final List<Rule> rules = new ArrayList<>();
        private Topology built;

        public Actor actor(String id, String label, ActorKind kind, String zone) {
            if (has(id)) {
                throw new IllegalArgumentException("actor declared twice: " + id);
            }
            Actor actor = new Actor(id, label, kind, zone);
            actors.add(actor);
            ids.add(id);
            built = null;
            return actor;
        }

        public Builder zone(String id, String label, boolean segmented) {
            if (zones.stream().anyMatch(z -> z.id().equals(id))) {
                throw new IllegalArgumentException("zone declared twice: " + id);
            }
            zones.add(new Zone(id, label, segmented));
            built = null;
            return this;
        }

        public Builder link(String from, String to, Channel channel) {
            return link(from, to, channel, Protection.PLAIN);
        }

        public Builder link(String from, String to, Channel channel, Protection protection) {
            return link(new Link(from, to, channel, protection, Link.DEFAULT_LATENCY_MS));
        }

        public Builder link(Link link) {
            requireActor(link.from());
            requireActor(link.to());
            if (links.stream().noneMatch(l -> l.joins(link.from(), link.to()))) {
                links.add(link);
                built = null;
            }
            return this;
        }

        public Builder rule(Rule rule) {
            if (rules.stream().anyMatch(r -> r.id().equals(rule.id()))) {
                throw new IllegalArgumentException("rule declared twice: " + rule.id());
            }
            rules.add(rule);
            built = null;
            return this;
        }

        public boolean has(String id) {
            return ids.contains(id);
        }

        public boolean linked(String a, String b) {
            return links.stream().anyMatch(l -> l.joins(a, b));
        }

        private void requireActor(String id) {
            if (!has(id)) {
                throw new IllegalArgumentException("unknown actor: " + id);
            }
        }

        /** The world as declared so far (cached until the next declaration). */
        public Topology build() {
            if (built == null) {
                built = new Topology(actors, links, zones, rules);
            }
            return built;
        }
    }
}
