package dev.trustflow.sim.scenarios.blast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.scenario.TraceFacts;
import dev.trustflow.sim.trace.DataKeys;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import dev.trustflow.sim.world.HopRules;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlastRadiusScenarioTest {

    static Trace run(String segmentation, String account, String shared, String lifetime, String fix) {
        return TraceFacts.run(new BlastRadiusScenario(), Map.of(Choice.SEGMENTATION, segmentation,
                Choice.SERVICE_ACCOUNT, account, Choice.SHARED_SECRET, shared, Choice.CREDENTIAL_LIFETIME, lifetime,
                Choice.APPLY_FIX, fix), 1);
    }

    private static List<String> reachedInOrder(Trace trace) {
        return TraceFacts.ofKind(trace, "node.compromised").stream().map(TraceEvent::actor).toList();
    }

    private static List<String> failed(Trace trace) {
        return TraceFacts.ofKind(trace, "check.fail").stream()
                .map(e -> e.check().orElseThrow() + "@" + e.actor()).toList();
    }

    @Test
    void aFlatNetworkWithAnOverPrivilegedAccountLosesEverything() {
        Trace trace = run("flat", "over-privileged", "yes", "long", "none");

        assertThat(trace.summary()).containsEntry("radius", "12 of 12 services, 3 of 3 databases");
        assertThat(reachedInOrder(trace)).startsWith("search", "catalog", "storefront", "admin", "customers-db")
                .hasSize(15);
        TraceEvent storefront = TraceFacts.ofKind(trace, "attack.step").stream()
                .filter(e -> "storefront".equals(e.target())).findFirst().orElseThrow();
        assertThat(storefront.actor()).isEqualTo("search");
        assertThat(storefront.data()).containsEntry(Spread.CREDENTIAL, ShopCredentials.SEARCH_ACCOUNT);
        assertThat(failed(trace)).isEmpty();
        assertThat(IndependentReach.of(trace, "search")).containsExactlyInAnyOrderElementsOf(reachedInOrder(trace));
    }

    @Test
    void segmentationRefusesTheHopsNoCallNeedsAndNamesTheCheck() {
        Trace trace = run("segmented", "over-privileged", "yes", "long", "none");

        assertThat(trace.summary()).containsEntry("radius", "9 of 12 services, 3 of 3 databases");
        assertThat(reachedInOrder(trace)).doesNotContain("admin", "reports", "ci-runner");
        assertThat(failed(trace)).contains(HopRules.SEGMENTATION + "@admin");
        assertThat(TraceFacts.ofKind(trace, "node.compromised").stream()
                .filter(e -> e.actor().equals("customers-db")).findFirst().orElseThrow().causeSeq()
                .map(trace::event).map(TraceEvent::actor)).contains("accounts");
        assertThat(IndependentReach.of(trace, "search")).containsExactlyInAnyOrderElementsOf(reachedInOrder(trace));
    }

    @Test
    void aSharedSecretHandsTheBreachedServiceADatabase() {
        Trace own = run("flat", "scoped", "no", "short", "none");
        Trace shared = run("flat", "scoped", "yes", "short", "none");

        assertThat(own.summary()).containsEntry("radius", "2 of 12 services, 0 of 3 databases");
        assertThat(shared.summary()).containsEntry("radius", "2 of 12 services, 1 of 3 databases");
        TraceEvent entered = TraceFacts.ofKind(shared, "attack.step").stream()
                .filter(e -> "customers-db".equals(e.target())).findFirst().orElseThrow();
        assertThat(entered.data()).containsEntry(Spread.CREDENTIAL, ShopCredentials.CUSTOMERS_DB_PASSWORD);
    }

    @Test
    void aShortLivedTokenHasExpiredByTheBreachAndOpensNothing() {
        Trace shortLived = run("flat", "scoped", "no", "short", "none");
        Trace longLived = run("flat", "scoped", "no", "long", "none");

        TraceEvent jump = TraceFacts.ofKind(shortLived, "clock.jump").get(0);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> wallet = (List<Map<String, Object>>) jump.data().get(DataKeys.WALLET);
        assertThat(wallet).anySatisfy(c -> assertThat(c).containsEntry("op", "expired")
                .containsEntry("id", ShopCredentials.ADMIN_SESSION));
        assertThat(reachedInOrder(shortLived)).containsExactly("search", "catalog");
        assertThat(reachedInOrder(longLived)).contains("admin", "reports", "ci-runner", "payments", "payments-db");
        assertThat(longLived.summary()).containsEntry("radius", "6 of 12 services, 3 of 3 databases");
    }

    @Test
    void theSuggestedCutAppliedLeavesNoPathToAnyDatabase() {
        Trace before = run("flat", "over-privileged", "yes", "long", "none");
        @SuppressWarnings("unchecked")
        List<String> cut = (List<String>) before.summary().get("cut");
        assertThat(cut).containsExactly("catalog \u2192 cart", "search \u2192 admin", "search \u2192 customers-db",
                "search \u2192 storefront");

        Trace after = run("flat", "over-privileged", "yes", "long", "min-cut");
        assertThat(after.summary().get("closed")).isEqualTo(cut);
        assertThat(after.summary()).containsEntry("databases", 0L).containsEntry("cut", List.of());
        assertThat(failed(after)).containsExactly(HopRules.ALLOW_LIST + "@storefront", HopRules.ALLOW_LIST + "@admin",
                HopRules.ALLOW_LIST + "@customers-db", HopRules.ALLOW_LIST + "@cart");
        assertThat(IndependentReach.of(after, "search")).containsExactlyInAnyOrderElementsOf(reachedInOrder(after))
                .doesNotContainAnyElementsOf(BlastWorld.DATABASES);
    }

    @Test
    void theCutClosesOnlyPassagesTheShopDoesNotCall() {
        for (String segmentation : List.of("flat", "segmented")) {
            @SuppressWarnings("unchecked")
            List<String> cut = (List<String>) run(segmentation, "over-privileged", "yes", "long", "none")
                    .summary().get("cut");
            assertThat(cut).isNotEmpty().allSatisfy(words -> assertThat(BlastWorld.CALLS)
                    .noneMatch(c -> c.words().equals(words)));
        }
    }
}
