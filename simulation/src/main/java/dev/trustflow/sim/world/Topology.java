package dev.trustflow.sim.world;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The actors of a run and the links between them, in the order they were added (the app lays them out). */
public record Topology(List<Actor> actors, List<Link> links) {

    public Topology {
        actors = List.copyOf(actors);
        links = List.copyOf(links);
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

    /** Mutable builder used while a scenario sets up its world. */
    public static final class Builder {
        private final List<Actor> actors = new ArrayList<>();
        private final List<Link> links = new ArrayList<>();

        public Actor actor(String id, String label, ActorKind kind, String zone) {
            if (actors.stream().anyMatch(a -> a.id().equals(id))) {
                throw new IllegalArgumentException("actor declared twice: " + id);
            }
            Actor actor = new Actor(id, label, kind, zone);
            actors.add(actor);
            return actor;
        }

        public Builder link(String from, String to, Channel channel) {
            requireActor(from);
            requireActor(to);
            if (links.stream().noneMatch(l -> l.joins(from, to))) {
                links.add(new Link(from, to, channel));
            }
            return this;
        }

        public boolean has(String id) {
            return actors.stream().anyMatch(a -> a.id().equals(id));
        }

        public boolean linked(String a, String b) {
            return links.stream().anyMatch(l -> l.joins(a, b));
        }

        private void requireActor(String id) {
            if (!has(id)) {
                throw new IllegalArgumentException("unknown actor: " + id);
            }
        }

        public Topology build() {
            return new Topology(actors, links);
        }
    }
}
