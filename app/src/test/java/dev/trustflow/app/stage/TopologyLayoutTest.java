package dev.trustflow.app.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.trustflow.app.stage.StageLayout.Point;
import dev.trustflow.app.stage.StageLayout.Segment;
import dev.trustflow.sim.world.ActorKind;
import dev.trustflow.sim.world.Channel;
import dev.trustflow.sim.world.Topology;
import org.junit.jupiter.api.Test;

class TopologyLayoutTest {

    private static Topology topology() {
        Topology.Builder b = new Topology.Builder();
        b.actor("orders", "Orders", ActorKind.SERVICE, "internal");
        b.actor("alice", "Alice", ActorKind.USER, "internet");
        b.actor("gateway", "Gateway", ActorKind.API_GATEWAY, "dmz");
        b.actor("eve", "Eve", ActorKind.ATTACKER, "internet");
        b.actor("lab", "Lab", ActorKind.THIRD_PARTY, "partner-lab");
        b.link("alice", "gateway", Channel.FRONT);
        return b.build();
    }

    @Test
    void knownZonesGoFromTheOutsideInAndUnknownOnesLast() {
        assertThat(TopologyLayout.zoneOrder(topology())).containsExactly("internet", "dmz", "internal", "partner-lab");
    }

    @Test
    void unknownZonesKeepDeclarationOrder() {
        Topology.Builder b = new Topology.Builder();
        b.actor("a", "A", ActorKind.USER, "zeta");
        b.actor("b", "B", ActorKind.USER, "alpha");
        assertThat(TopologyLayout.zoneOrder(b.build())).containsExactly("zeta", "alpha");
    }

    @Test
    void oneEqualBandPerZoneWithReadableLabels() {
        StageLayout layout = TopologyLayout.layout(topology(), 800, 600, 40);
        assertThat(layout.zones()).extracting(StageLayout.Zone::label)
                .containsExactly("Internet", "DMZ", "Internal", "Partner lab");
        assertThat(layout.zones()).allSatisfy(z -> assertThat(z.width()).isEqualTo(200));
        assertThat(layout.zones().get(2).x()).isEqualTo(400);
    }

    @Test
    void actorsSitInTheMiddleOfTheirBandSpreadEvenlyBelowTheHeader() {
        StageLayout layout = TopologyLayout.layout(topology(), 800, 600, 40);
        Point alice = layout.actor("alice").orElseThrow();
        Point eve = layout.actor("eve").orElseThrow();
        Point gateway = layout.actor("gateway").orElseThrow();
        assertThat(alice.x()).isEqualTo(100);
        assertThat(eve.x()).isEqualTo(100);
        assertThat(alice.y()).isEqualTo(40 + 140);
        assertThat(eve.y()).isEqualTo(40 + 420);
        assertThat(gateway).isEqualTo(new Point(300, 40 + 280));
        assertThat(layout.zoneAt(gateway).orElseThrow().id()).isEqualTo("dmz");
    }

    @Test
    void anEmptyTopologyHasNothing() {
        StageLayout layout = TopologyLayout.layout(Topology.empty(), 800, 600, 40);
        assertThat(layout.zones()).isEmpty();
        assertThat(layout.actors()).isEmpty();
    }

    @Test
    void trimLeavesRoomAroundBothEnds() {
        Segment s = TopologyLayout.trim(new Point(0, 0), new Point(100, 0), 20);
        assertThat(s.start()).isEqualTo(new Point(20, 0));
        assertThat(s.end()).isEqualTo(new Point(80, 0));
        Segment diagonal = TopologyLayout.trim(new Point(0, 0), new Point(30, 40), 10);
        assertThat(diagonal.start().x()).isCloseTo(6, within(1e-9));
        assertThat(diagonal.start().y()).isCloseTo(8, within(1e-9));
        Segment tooShort = TopologyLayout.trim(new Point(0, 0), new Point(10, 0), 20);
        assertThat(tooShort.start()).isEqualTo(tooShort.end()).isEqualTo(new Point(5, 0));
    }

    @Test
    void aPacketRestsBeforeTheEndButNotBeforeTheMiddle() {
        Segment s = new Segment(new Point(0, 0), new Point(100, 0));
        assertThat(TopologyLayout.restPoint(s, 20)).isEqualTo(new Point(80, 0));
        assertThat(TopologyLayout.restPoint(s, 80)).isEqualTo(new Point(50, 0));
        Segment dot = new Segment(new Point(5, 5), new Point(5, 5));
        assertThat(TopologyLayout.restPoint(dot, 10)).isEqualTo(new Point(5, 5));
    }

    @Test
    void clampKeepsWithinRange() {
        assertThat(TopologyLayout.clamp(5, 0, 10)).isEqualTo(5);
        assertThat(TopologyLayout.clamp(-5, 0, 10)).isZero();
        assertThat(TopologyLayout.clamp(50, 0, 10)).isEqualTo(10);
        assertThat(TopologyLayout.clamp(5, 4, 2)).isEqualTo(4);
    }

    @Test
    void zoneLabels() {
        assertThat(TopologyLayout.zoneLabel("dmz")).isEqualTo("DMZ");
        assertThat(TopologyLayout.zoneLabel("internal_net")).isEqualTo("Internal net");
    }
}
