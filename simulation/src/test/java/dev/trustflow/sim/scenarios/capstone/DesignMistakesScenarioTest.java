package dev.trustflow.sim.scenarios.capstone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.scenario.TraceFacts;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DesignMistakesScenarioTest {

    private static final long SEED = 20;
    private final DesignMistakesScenario scenario = new DesignMistakesScenario();

    private Trace run(Set<Fix> on, String budget) {
        Map<String, String> options = new HashMap<>();
        Fix.all().forEach(f -> options.put(f.option(), String.valueOf(on.contains(f))));
        options.put(DesignMistakesScenario.OPTION_BUDGET, budget);
        return TraceFacts.run(scenario, options, SEED);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> attacks(Trace trace) {
        return (Map<String, Object>) trace.summary().get("attacks");
    }

    @Test
    void asBuiltEveryAttackSucceedsAndTheAttackerReachesPaymentsAndTheDatabase() {
        Trace trace = run(Set.of(), "off");

        assertThat(attacks(trace).values()).hasSize(7).containsOnly("succeeded");
        assertThat(TraceFacts.failedChecks(trace)).isEmpty();
        assertThat(TraceFacts.ofKind(trace, "data.leaked")).hasSize(7);
        assertThat((List<Object>) trace.summary().get("reached"))
                .containsExactlyInAnyOrder("gateway", "orders", "payments", "users-db");
    }

    static Stream<Arguments> fixesAndTheirChecks() {
        return Stream.of(
                Arguments.of(Fix.CALLER_IDENTITY, Attack.FORGED_HEADER, "sig.verify", "payments"),
                Arguments.of(Fix.SERVICE_AUTHN, Attack.GATEWAY_BYPASS, "authn.token-present", "orders"),
                Arguments.of(Fix.OWNER_CHECK, Attack.IDOR, "authz.object-owner", "orders"),
                Arguments.of(Fix.AUDIENCE, Attack.WRONG_AUDIENCE, "jwt.aud", "gateway"),
                Arguments.of(Fix.REPLAY, Attack.REPLAY, "replay.nonce-seen", "payments"),
                Arguments.of(Fix.VAULT, Attack.LEAKED_SECRET, "db.valid-until", "users-db"),
                Arguments.of(Fix.LEAST_PRIVILEGE, Attack.STOLEN_ACCOUNT, "jwt.scope", "gateway"));
    }

    @ParameterizedTest
    @MethodSource("fixesAndTheirChecks")
    void eachFixStopsTheAttackItNamesWithItsRealCheck(Fix fix, Attack attack, String check, String at) {
        Trace trace = run(Set.of(fix), "off");

        Map<String, Object> result = attacks(trace);
        assertThat(result.get(attack.id())).isEqualTo(check);
        result.forEach((id, r) -> assertThat(r).as(id).isEqualTo(id.equals(attack.id()) ? check : "succeeded"));
        assertThat(TraceFacts.failedChecks(trace)).containsExactly(check);
        TraceEvent failed = TraceFacts.ofKind(trace, "check.fail").get(0);
        assertThat(failed.actor()).isEqualTo(at);
        assertThat(attack.fix()).isEqualTo(fix);
    }

    @Test
    void theScoreboardAgreesWithEachAttackRunOnItsOwn() {
        List<Set<Fix>> settings = List.of(Set.of(), EnumSet.allOf(Fix.class),
                EnumSet.of(Fix.CALLER_IDENTITY, Fix.REPLAY, Fix.VAULT),
                EnumSet.of(Fix.SERVICE_AUTHN, Fix.AUDIENCE, Fix.LEAST_PRIVILEGE, Fix.OWNER_CHECK));
        for (Set<Fix> on : settings) {
            Map<String, Object> board = attacks(run(on, "off"));
            for (Attack attack : Attack.values()) {
                Outcome alone = ShopRun.scratch(SEED, Fixes.of(on), List.of(attack)).scoreboard().outcomes().get(0);
                assertThat(board.get(attack.id())).as(attack + " under " + on)
                        .isEqualTo(alone.succeeded() ? "succeeded" : alone.check());
            }
        }
    }

    @Test
    void theReachShrinksAsFixesTurnOn() {
        int none = ((Number) run(Set.of(), "off").summary().get("reach")).intValue();
        int vault = ((Number) run(Set.of(Fix.VAULT), "off").summary().get("reach")).intValue();
        Trace all = run(EnumSet.allOf(Fix.class), "off");

        assertThat(none).isEqualTo(4);
        assertThat(vault).isEqualTo(3);
        assertThat(((Number) all.summary().get("reach")).intValue()).isEqualTo(2);
        assertThat((List<Object>) all.summary().get("reached")).containsExactlyInAnyOrder("gateway", "orders");
        assertThat(TraceFacts.ofKind(all, "node.compromised")).extracting(TraceEvent::actor)
                .containsExactlyInAnyOrder("gateway", "orders");
    }

    @Test
    void theBudgetComparesYourThreeWithTheMinimumCutOfTheAttackGraph() {
        Trace trace = run(EnumSet.of(Fix.OWNER_CHECK, Fix.AUDIENCE, Fix.SERVICE_AUTHN), "three");

        assertThat(trace.summary().get("overBudget")).isEqualTo(false);
        assertThat(((Number) trace.summary().get("stopped")).intValue()).isEqualTo(3);
        assertThat(((Number) trace.summary().get("reach")).intValue()).isEqualTo(4);
        assertThat((List<Object>) trace.summary().get("bestFixes"))
                .containsExactly("fix-caller-identity", "fix-replay", "fix-vault");
        assertThat(((Number) trace.summary().get("bestStopped")).intValue()).isEqualTo(3);
        assertThat(((Number) trace.summary().get("bestReach")).intValue()).isEqualTo(2);
        assertThat(TraceFacts.ofKind(trace, "note.shown")).last().extracting(TraceEvent::caption).asString()
                .contains("Your fixes stop 3 of 7 attacks, reach 4").contains("the minimum cut");
    }

    @Test
    void whatTheCutSaysItsFixesDoIsWhatARunWithThemOnGets() {
        BudgetChallenge.Best best = BudgetChallenge.search(SEED);
        ShopRun.Result real = ShopRun.scratch(SEED, Fixes.of(best.fixes()), List.of(Attack.values()));

        assertThat(best.cuttable()).isTrue();
        assertThat(best.stopped()).isEqualTo(real.scoreboard().stopped());
        assertThat(best.reach()).isEqualTo(real.reachBeyondFoothold());
        Trace asBuilt = run(Set.of(), "three");
        assertThat((List<Object>) asBuilt.summary().get("bestFixes"))
                .containsExactly("fix-caller-identity", "fix-replay", "fix-vault");
    }

    @Test
    void noOtherChoiceOfThreeLeavesLessInReachThanTheCut() {
        BudgetChallenge.Best best = BudgetChallenge.search(SEED);
        List<Fix> fixes = Fix.all();
        for (int a = 0; a < fixes.size(); a++) {
            for (int b = a + 1; b < fixes.size(); b++) {
                for (int c = b + 1; c < fixes.size(); c++) {
                    ShopRun.Result r = ShopRun.scratch(SEED, Fixes.of(List.of(fixes.get(a), fixes.get(b),
                            fixes.get(c))), List.of(Attack.values()));
                    assertThat(r.scoreboard().stopped()).isEqualTo(3);
                    assertThat(r.reachBeyondFoothold()).isGreaterThanOrEqualTo(best.reach());
                }
            }
        }
    }

    @Test
    void moreThanThreeFixesIsSaidToBeOverBudget() {
        Trace trace = run(EnumSet.of(Fix.OWNER_CHECK, Fix.AUDIENCE, Fix.SERVICE_AUTHN, Fix.VAULT), "three");

        assertThat(trace.summary().get("overBudget")).isEqualTo(true);
        assertThat(TraceFacts.ofKind(trace, "note.shown")).last().extracting(TraceEvent::caption).asString()
                .startsWith("You turned on 4 fixes, over the budget of three.");
    }
}
