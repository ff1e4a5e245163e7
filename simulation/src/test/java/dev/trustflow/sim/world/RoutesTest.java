package dev.trustflow.sim.world;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoutesTest {

    @Test
    void routesGoThroughRelaysOnlyAndPreferTheDirectLink() {
        Topology.Builder b = new Topology.Builder();
        b.actor("app", "App", ActorKind.CLIENT_APP, "internet");
        b.actor("gw", "Gateway", ActorKind.API_GATEWAY, "edge");
        b.actor("browser", "Browser", ActorKind.BROWSER, "home");
        b.actor("svc", "Service", ActorKind.SERVICE, "internal");
        b.actor("db", "Database", ActorKind.DATABASE, "internal");
        b.link("app", "gw", Channel.BACK).link("gw", "svc", Channel.BACK).link("svc", "db", Channel.BACK);
        b.link("app", "browser", Channel.FRONT).link("browser", "svc", Channel.FRONT);
        Routes routes = new Routes(b.build());

        assertThat(routes.between("app", "svc")).contains(java.util.List.of("app", "gw", "svc"));
        assertThat(routes.between("gw", "svc")).contains(java.util.List.of("gw", "svc"));
        assertThat(routes.between("app", "db")).isEmpty();
    }
}
