package dev.trustflow.app.stage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.stage.WorldLayout.Box;
import dev.trustflow.app.stage.WorldLayout.Drawing;
import dev.trustflow.app.stage.WorldLayout.Route;
import dev.trustflow.app.stage.WorldLayout.Size;
import dev.trustflow.sim.world.ActorKind;
import dev.trustflow.sim.world.Channel;
import dev.trustflow.sim.world.Topology;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ELK's layered layout of a world: lanes in zone order, no two actors overlapping, links around actors. */
class WorldLayoutTest {

    static Topology hub() {
        Topology.Builder b = new Topology.Builder();
        b.actor("alice", "Alice", ActorKind.USER, "internet");
        b.actor("mallory", "Mallory", ActorKind.ATTACKER, "internet");
        b.actor("gateway", "API gateway", ActorKind.API_GATEWAY, "dmz");
        b.actor("orders", "Orders service", ActorKind.SERVICE, "internal");
        b.actor("db", "Database", ActorKind.DATABASE, "data");
        b.actor("idp", "Identity provider", ActorKind.SERVICE, "internal");
        b.link("alice", "gateway", Channel.FRONT);
        b.link("mallory", "gateway", Channel.ATTACK);
        b.link("mallory", "alice", Channel.ATTACK);
        b.link("gateway", "orders", Channel.BACK);
        b.link("orders", "db", Channel.BACK);
        b.link("gateway", "idp", Channel.BACK);
        b.link("alice", "idp", Channel.FRONT);
        b.link("mallory", "db", Channel.ATTACK);
        return b.build();
    }

    static Map<String, Size> sizes(Topology world) {
        Map<String, Size> sizes = new HashMap<>();
        world.actors().forEach(a -> sizes.put(a.id(), new Size(110, 96)));
        return sizes;
    }

    @Test
    void lanesFollowZonesAndActorsNeverOverlap() {
        Topology world = hub();
        Drawing d = WorldLayout.layout(world, sizes(world));
        assertThat(d.lanes()).extracting(WorldLayout.Lane::zone).containsExactly("internet", "dmz", "internal", "data");
        for (var actor : world.actors()) {
            Box box = d.actors().get(actor.id());
            WorldLayout.Lane lane = d.lanes().stream().filter(l -> l.zone().equals(actor.zone())).findFirst().orElseThrow();
            assertThat(box.x()).as(actor.id()).isGreaterThanOrEqualTo(lane.x());
            assertThat(box.maxX()).as(actor.id()).isLessThanOrEqualTo(lane.x() + lane.width());
            for (var other : world.actors()) {
                if (!other.equals(actor)) {
                    assertThat(box.intersects(d.actors().get(other.id()))).as(actor.id() + "/" + other.id()).isFalse();
                }
            }
        }
    }

    @Test
    void everyLinkIsRoutedAroundTheActorsItDoesNotJoin() {
        Topology world = hub();
        Drawing d = WorldLayout.layout(world, sizes(world));
        assertThat(d.routes()).hasSize(world.links().size());
        for (Route route : d.routes()) {
            assertThat(route.points()).hasSizeGreaterThanOrEqualTo(2);
            d.actors().forEach((id, box) -> {
                if (!id.equals(route.link().from()) && !id.equals(route.link().to())) {
                    assertThat(crosses(route.points(), box.grow(-1))).as(route.link() + " through " + id).isFalse();
                }
            });
            assertThat(near(route.points().get(0), d.actors().get(route.link().from()))).isTrue();
            assertThat(near(route.points().get(route.points().size() - 1), d.actors().get(route.link().to()))).isTrue();
        }
    }

    @Test
    void theSameWorldLaysOutTheSameWay() {
        Topology world = hub();
        assertThat(WorldLayout.layout(world, sizes(world))).isEqualTo(WorldLayout.layout(world, sizes(world)));
    }

    @Test
    void fittingStretchesWithoutBringingLinksOntoActors() {
        Topology world = hub();
        Drawing d = WorldLayout.layout(world, sizes(world));
        StageFit fit = StageFit.of(d, List.of(60.0, 40.0, 70.0, 50.0), 30, 20, d.width() * 2, d.height() * 2);
        assertThat(fit.scale()).as("a small world on a big stage grows, up to a limit").isEqualTo(StageFit.MAX_SCALE);
        for (Route route : fit.routes()) {
            fit.actors().forEach((id, box) -> {
                if (!id.equals(route.link().from()) && !id.equals(route.link().to())) {
                    assertThat(crosses(route.points(), box.grow(-1))).as(route.link() + " through " + id).isFalse();
                }
            });
        }
        StageFit small = StageFit.of(d, List.of(60.0, 40.0, 70.0, 50.0), 30, 20, d.width() / 2, d.height());
        assertThat(small.scale()).isLessThan(1);
        assertThat(small.holdsAt(d.width() / 2, d.height(), 20)).isTrue();
        assertThat(small.holdsAt(d.width() / 2 + 40, d.height(), 20)).as("another width").isFalse();
        assertThat(small.holdsAt(d.width() / 2, d.height() / 4, 20)).as("too short").isFalse();
    }

    static boolean near(Point p, Box box) {
        return box.grow(2).intersects(new Box(p.x(), p.y(), 0.1, 0.1));
    }

    static boolean crosses(List<Point> points, Box box) {
        for (int i = 0; i + 1 < points.size(); i++) {
            Point a = points.get(i);
            Point b = points.get(i + 1);
            for (int k = 0; k <= 50; k++) {
                Point p = a.towards(b, k / 50.0);
                if (p.x() > box.x() && p.x() < box.maxX() && p.y() > box.y() && p.y() < box.maxY()) {
                    return true;
                }
            }
        }
        return false;
    }
}
