package dev.trustflow.sim.blast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.world.ActorKind;
import dev.trustflow.sim.world.Channel;
import dev.trustflow.sim.world.Credential;
import dev.trustflow.sim.world.HopRules;
import dev.trustflow.sim.world.Rule;
import dev.trustflow.sim.world.Topology;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BlastRadiusTest {

    private static final Instant NOW = Instant.parse("2026-01-01T11:00:00Z");

    /** web (entry) reaches api and reports; api and reports each hold a way into the database, or not. */
    private static Topology world(boolean segmented, Rule... rules) {
        Topology.Builder b = new Topology.Builder();
        b.zone("edge", "Edge", false).zone("apps", "Apps", false).zone("data", "Data", segmented);
        b.actor("web", "Web", ActorKind.SERVICE, "edge");
        b.actor("api", "API", ActorKind.SERVICE, "apps");
        b.actor("reports", "Reports", ActorKind.SERVICE, "apps");
        b.actor("db", "DB", ActorKind.DATABASE, "data");
        b.link("web", "api", Channel.BACK).link("web", "reports", Channel.BACK)
                .link("api", "db", Channel.BACK).link("reports", "db", Channel.BACK);
        for (Rule r : rules) {
            b.rule(r);
        }
        return b.build();
    }

    private static Credential cred(String id, Instant notAfter, String... opens) {
        return new Credential(id, Credential.Kind.SECRET, id, Set.of(opens), notAfter);
    }

    private static Holdings holdings(Map<String, List<Credential>> byActor) {
        return actor -> byActor.getOrDefault(actor, List.of());
    }

    @Test
    void aSharedSecretWidensTheReach() {
        Map<String, List<Credential>> held = new HashMap<>();
        held.put("web", List.of(cred("web-token", null, "api", "reports")));
        held.put("api", List.of(cred("api-db-password", null, "db")));
        AttackGraph graph = AttackGraph.of(world(false));

        Reach scoped = BlastRadius.measure(graph, holdings(held), NOW, List.of("web"));
        assertThat(scoped.actors()).containsExactly("web", "api", "reports", "db");
        assertThat(scoped.of("db").orElseThrow().opener().id()).isEqualTo("api-db-password");

        held.put("api", List.of());
        Reach none = BlastRadius.measure(graph, holdings(held), NOW, List.of("web"));
        assertThat(none.actors()).containsExactly("web", "api", "reports");

        held.put("reports", List.of(cred("shared-db-password", null, "db")));
        Reach shared = BlastRadius.measure(graph, holdings(held), NOW, List.of("web"));
        assertThat(shared.actors()).containsExactly("web", "api", "reports", "db");
        assertThat(shared.of("db").orElseThrow().opener().id()).isEqualTo("shared-db-password");
        assertThat(shared.words(world(false), ActorKind.SERVICE, ActorKind.DATABASE))
                .isEqualTo("3 of 3 services, 1 of 1 database");
    }

    @Test
    void aCredentialFoundLaterOpensATargetSeenEarlier() {
        // web sees db's door first (over api) but gets its key only from reports, reached after api.
        Map<String, List<Credential>> held = Map.of(
                "web", List.of(cred("web-token", null, "api", "reports")),
                "reports", List.of(cred("db-password", null, "db")));
        Reach reach = BlastRadius.measure(AttackGraph.of(world(false)), holdings(held), NOW, List.of("web"));
        assertThat(reach.actors()).containsExactly("web", "api", "reports", "db");
        assertThat(reach.of("db").orElseThrow().via().from()).isEqualTo("api");
    }

    @Test
    void segmentationRemovesEdges() {
        AttackGraph flat = AttackGraph.of(world(false));
        assertThat(flat.allows("api", "db")).isTrue();
        assertThat(flat.allows("reports", "db")).isTrue();

        AttackGraph closed = AttackGraph.of(world(true));
        assertThat(closed.allows("api", "db")).isFalse();
        assertThat(closed.allows("db", "api")).isTrue();
        assertThat(closed.blocked()).extracting(AttackGraph.Blocked::check).containsOnly(HopRules.SEGMENTATION);

        AttackGraph segmented = AttackGraph.of(world(true, Rule.segment("fw.api-to-db", "apps", "data",
                "apps reach the database"), Rule.allowList("db.callers", "db", Set.of("api"), "only api")));
        assertThat(segmented.allows("api", "db")).isTrue();
        assertThat(segmented.allows("reports", "db")).isFalse();
        assertThat(segmented.graph().getEdge("api", "db").rule()).isEqualTo("db.callers");

        Map<String, List<Credential>> held = Map.of(
                "web", List.of(cred("web-token", null, "api", "reports")),
                "reports", List.of(cred("db-password", null, "db")));
        assertThat(BlastRadius.measure(closed, holdings(held), NOW, List.of("web")).contains("db")).isFalse();
        assertThat(BlastRadius.measure(flat, holdings(held), NOW, List.of("web")).contains("db")).isTrue();
        // The password stolen from reports still works from api, the one caller the segmentation lets through.
        assertThat(BlastRadius.measure(segmented, holdings(held), NOW, List.of("web")).of("db").orElseThrow().via())
                .isEqualTo(new Passage("api", "db", "db.callers"));
    }

    @Test
    void anExpiredCredentialOpensNothing() {
        Instant issued = NOW.minus(Duration.ofHours(2));
        Map<String, List<Credential>> held = Map.of("web", List.of(
                cred("short-token", issued.plus(Duration.ofMinutes(15)), "api"),
                cred("long-token", issued.plus(Duration.ofDays(30)), "reports")));
        Reach reach = BlastRadius.measure(AttackGraph.of(world(false)), holdings(held), NOW, List.of("web"));
        assertThat(reach.actors()).containsExactly("web", "reports");
        assertThat(reach.held()).containsOnlyKeys("long-token");

        Reach before = BlastRadius.measure(AttackGraph.of(world(false)), holdings(held),
                issued.plus(Duration.ofMinutes(5)), List.of("web"));
        assertThat(before.actors()).contains("api");
    }
}
