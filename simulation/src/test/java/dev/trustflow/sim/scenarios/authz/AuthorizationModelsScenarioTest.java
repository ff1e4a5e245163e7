package dev.trustflow.sim.scenarios.authz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.scenario.TraceFacts;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AuthorizationModelsScenarioTest {

    private final AuthorizationModelsScenario scenario = new AuthorizationModelsScenario();

    private Trace run(String model, String attack, String rolesFrom, String deputy) {
        return TraceFacts.run(scenario, Map.of("model", model, "attack", attack, "roles-from", rolesFrom,
                "deputy-passes", deputy), 5);
    }

    private static List<TraceEvent> decisions(Trace trace, String check) {
        return trace.events().stream().filter(e -> e.isCheck() && e.check().filter(check::equals).isPresent()).toList();
    }

    private static String decidedBy(TraceEvent decision) {
        return decision.text("decided-by").orElseThrow();
    }

    @Test
    void rbacLetsBobReadByHisViewerRoleAndRefusesHisEditNamingNoRule() {
        Trace trace = run("rbac", "none", "server", "own-identity");

        List<TraceEvent> d = decisions(trace, "authz.rbac");
        assertThat(d).extracting(TraceEvent::kind).containsExactly("check.pass", "check.fail");
        assertThat(decidedBy(d.get(0))).contains("p, finance-viewer, finance/*, read")
                .contains("g, bob, finance-viewer");
        assertThat(decidedBy(d.get(1))).contains("no policy line gives finance-viewer edit");
        assertThat(TraceFacts.lastStatusTo(trace, AuthzCast.BOB_APP)).contains(403);
        assertThat(trace.summary()).containsEntry("escalated", false);
    }

    @Test
    void abacNamesTheAttributeRuleThatDecided() {
        Trace trace = run("abac", "none", "server", "own-identity");

        List<TraceEvent> d = decisions(trace, "authz.abac");
        assertThat(decidedBy(d.get(0))).contains("r.sub.dept == r.obj.folder && r.env.hour >= 8")
                .contains("hour 9");
        assertThat(d.get(1).kind()).isEqualTo("check.fail");
        assertThat(decidedBy(d.get(1))).contains("no edit rule holds for dept finance, role viewer");
    }

    @Test
    void rebacReturnsThePathItWalked() {
        Trace trace = run("rebac", "none", "server", "own-identity");

        List<TraceEvent> d = decisions(trace, "authz.rebac");
        assertThat(decidedBy(d.get(0))).isEqualTo("path document:q3-plan#viewer@folder:finance#viewer"
                + " → folder:finance#viewer@team:finance#member → team:finance#member@user:bob");
        assertThat(d.get(1).kind()).isEqualTo("check.fail");
        assertThat(decidedBy(d.get(1))).startsWith("no path from document:q3-plan#editor to user:bob");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rbac", "abac"})
    void aSelfEditedRoleClaimEscalatesWhereTheServiceTrustsTheClaim(String model) {
        Trace trace = run(model, "edited-role-claim", "token-claim", "own-identity");

        TraceEvent edit = decisions(trace, "authz." + model).get(1);
        assertThat(edit.kind()).isEqualTo("check.pass");
        assertThat(edit.text("attributes-from")).contains("token claims");
        assertThat(edit.text("role")).contains("editor");
        assertThat(TraceFacts.lastStatusTo(trace, AuthzCast.BOB_APP)).contains(200);
        assertThat(TraceFacts.ofKind(trace, "data.leaked")).hasSize(1);
        assertThat(trace.summary()).containsEntry("escalated", true);
    }

    @ParameterizedTest
    @CsvSource({"rbac,server", "abac,server", "rebac,server", "rebac,token-claim"})
    void aSelfEditedRoleClaimIsIgnoredWhereTheServerKeepsTheRoles(String model, String rolesFrom) {
        Trace trace = run(model, "edited-role-claim", rolesFrom, "own-identity");

        assertThat(TraceFacts.failedChecks(trace)).containsExactly("authz." + model);
        assertThat(TraceFacts.lastStatusTo(trace, AuthzCast.BOB_APP)).contains(403);
        assertThat(TraceFacts.ofKind(trace, "data.leaked")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"rbac", "abac", "rebac"})
    void theDeputyLendsItsOwnRightsAndBobGetsThePayroll(String model) {
        Trace trace = run(model, "confused-deputy", "server", "own-identity");

        TraceEvent fetch = decisions(trace, "authz." + model).get(1);
        assertThat(fetch.kind()).isEqualTo("check.pass");
        assertThat(fetch.text("subject")).contains("export-service");
        assertThat(fetch.actor()).isEqualTo(AuthzCast.DOCS);
        List<TraceEvent> leaks = TraceFacts.ofKind(trace, "data.leaked");
        assertThat(leaks).hasSize(1);
        assertThat(leaks.get(0).target()).isEqualTo(AuthzCast.BOB_APP);
        assertThat(trace.summary()).containsEntry("exportStatus", 200L).containsEntry("leaked", true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rbac", "abac", "rebac"})
    void passingBobsIdentityDownstreamRefusesTheExport(String model) {
        Trace trace = run(model, "confused-deputy", "server", "user-token");

        TraceEvent fetch = decisions(trace, "authz." + model).get(1);
        assertThat(fetch.kind()).isEqualTo("check.fail");
        assertThat(fetch.text("subject")).contains("bob");
        assertThat(TraceFacts.ofKind(trace, "token.issued")).anyMatch(e -> e.text("act").isPresent());
        assertThat(TraceFacts.lastStatusTo(trace, AuthzCast.BOB_APP)).contains(403);
        assertThat(TraceFacts.ofKind(trace, "data.leaked")).isEmpty();
    }

    @Test
    void theDecisionCarriesItsTableAndThePolicyIsShown() {
        Trace trace = run("rbac", "none", "server", "own-identity");

        TraceEvent read = decisions(trace, "authz.rbac").get(0);
        assertThat(read.artifacts()).anyMatch(a -> a.label().equals("decision table")
                && a.text().contains("effect") && a.text().contains("allow"));
        assertThat(TraceFacts.ofKind(trace, "note.shown").get(0).artifacts().get(0).text())
                .contains("g, bob, finance-viewer");
    }
}
