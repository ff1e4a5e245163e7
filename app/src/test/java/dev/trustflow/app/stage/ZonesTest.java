package dev.trustflow.app.stage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.world.ActorKind;
import dev.trustflow.sim.world.Channel;
import dev.trustflow.sim.world.Topology;
import org.junit.jupiter.api.Test;

class ZonesTest {

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
        assertThat(Zones.zoneOrder(topology())).containsExactly("internet", "dmz", "internal", "partner-lab");
    }

    @Test
    void unknownZonesKeepDeclarationOrder() {
        Topology.Builder b = new Topology.Builder();
        b.actor("a", "A", ActorKind.USER, "zeta");
        b.actor("b", "B", ActorKind.USER, "alpha");
        assertThat(Zones.zoneOrder(b.build())).containsExactly("zeta", "alpha");
    }

    @Test
    void zoneLabels() {
        assertThat(Zones.zoneLabel("dmz")).isEqualTo("DMZ");
        assertThat(Zones.zoneLabel("internal_net")).isEqualTo("Internal net");
        assertThat(Zones.zoneLabel("internal-network")).isEqualTo("Internal network");
    }
}
