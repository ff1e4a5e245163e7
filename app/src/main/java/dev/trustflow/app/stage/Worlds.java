package dev.trustflow.app.stage;

import dev.trustflow.sim.world.Actor;
import dev.trustflow.sim.world.Link;
import dev.trustflow.sim.world.Topology;
import dev.trustflow.sim.world.Zone;
import java.util.ArrayList;
import java.util.List;

/** Unions of worlds, so that the runs of one scenario share one layout. Pure: no JavaFX. */
public final class Worlds {

    private Worlds() {
    }

    /**
     * {@code seen} with what {@code run} adds: actors, zones and links (one per pair of actors) not in it yet, after
     * its own, in {@code run}'s order. An actor keeps the zone it was first seen in. Rules are not kept (the stage
     * does not draw them). Answers {@code seen} itself when {@code run} adds nothing.
     */
    public static Topology union(Topology seen, Topology run) {
        List<Actor> actors = new ArrayList<>(seen.actors());
        run.actors().stream().filter(a -> seen.actor(a.id()).isEmpty()).forEach(actors::add);
        List<Link> links = new ArrayList<>(seen.links());
        run.links().stream().filter(l -> seen.link(l.from(), l.to()).isEmpty()).forEach(links::add);
        List<Zone> zones = new ArrayList<>(seen.zones());
        run.zones().stream().filter(z -> seen.zones().stream().noneMatch(s -> s.id().equals(z.id()))).forEach(zones::add);
        if (actors.size() == seen.actors().size() && links.size() == seen.links().size()
                && zones.size() == seen.zones().size()) {
            return seen;
        }
        return new Topology(actors, links, zones, List.of());
    }
}
