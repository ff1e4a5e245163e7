package dev.trustflow.sim.scenarios.capstone;

import dev.trustflow.sim.blast.Reached;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.scenario.OptionSpec;
import dev.trustflow.sim.scenario.Options;
import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.trace.Trace;
import java.util.ArrayList;
import java.util.List;

/**
 * Lesson 20, the capstone: a small shop built with the common design mistakes. Each mistake has a fix (a what-if);
 * every run, the attacks of the earlier lessons are really tried against it, a scoreboard says which got through
 * and which check stopped the others, and the attacker's reach is measured over the attack graph. With a budget
 * of three fixes the student's choice is compared with the best three, found by running every choice.
 */
public final class DesignMistakesScenario implements Scenario {

    public static final String ID = "design-mistakes";
    public static final String OPTION_BUDGET = "budget";
    static final String BUDGET_OFF = "off";
    static final String BUDGET_THREE = "three";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Design mistakes: the capstone";
    }

    @Override
    public String description() {
        return "A small shop with the common mistakes: a trusted internal network, a gateway as the only check, no"
                + " object-level check, tokens for any audience, no replay defence, a password in the code and an"
                + " over-privileged service account. Turn fixes on and watch the attacks stop and the reach shrink.";
    }

    @Override
    public List<OptionSpec> options() {
        List<OptionSpec> options = new ArrayList<>();
        Fix.all().forEach(f -> options.add(OptionSpec.bool(f.option(), false, f.label(), f.help())));
        options.add(OptionSpec.choice(OPTION_BUDGET, BUDGET_OFF, List.of(BUDGET_OFF, BUDGET_THREE),
                "Budget challenge", "three: compare your fixes (at most three) with the best three"));
        return options;
    }

    @Override
    public void play(Simulation sim, Options options) {
        Fixes fixes = Fixes.from(options);
        ShopRun.Result result = ShopRun.play(sim, fixes, List.of(Attack.values()));
        Scoreboard board = result.scoreboard();
        int scored = sim.event(EventKinds.NOTE, ShopWorld.ATTACKER)
                .caption("Scoreboard: " + board.stopped() + " of " + board.total() + " attacks stopped (fixes on: "
                        + fixes.words() + ")")
                .data("stopped", board.stopped()).data("total", board.total())
                .data("attacks", board.byAttack())
                .artifact(Artifact.table("scoreboard", board.table()))
                .emit();

        sim.phase("The attacker's reach");
        List<String> beyond = AttackSurface.beyondFoothold(result.reach());
        for (String actor : beyond) {
            Reached r = result.reach().of(actor).orElseThrow();
            sim.event(EventKinds.NODE_COMPROMISED, actor).cause(scored)
                    .caption(label(sim, actor) + " is in reach, opened by " + r.opener().label())
                    .data("credential", r.opener().id())
                    .emit();
        }
        int reach = sim.event(EventKinds.NOTE, ShopWorld.ATTACKER).cause(scored)
                .caption("Reach beyond the web app: " + beyond.size() + " actor" + (beyond.size() == 1 ? "" : "s")
                        + (beyond.isEmpty() ? "" : " (" + String.join(", ", beyond) + ")"))
                .data("reach", beyond.size()).data("reached", beyond)
                .emit();

        sim.summary().put("fixes", fixes.list().stream().map(Fix::option).toList());
        sim.summary().put("stopped", board.stopped());
        sim.summary().put("attacks", board.byAttack());
        sim.summary().put("reach", beyond.size());
        sim.summary().put("reached", beyond);
        sim.summary().put(Trace.OUTCOME, board.stopped() + " of " + board.total() + " attacks stopped, reach "
                + beyond.size());
        if (BUDGET_THREE.equals(options.choice(OPTION_BUDGET))) {
            // As built, this run is the one the cut is computed over; otherwise a scratch run of the same seed is.
            BudgetChallenge.Best best = fixes.on().isEmpty() ? BudgetChallenge.cut(sim, result)
                    : BudgetChallenge.search(sim.seed());
            budget(sim, fixes, board, beyond.size(), reach, best);
        }
    }

    private static void budget(Simulation sim, Fixes fixes, Scoreboard board, int reach, int cause,
                               BudgetChallenge.Best best) {
        sim.phase("The budget of three");
        int over = fixes.on().size() - BudgetChallenge.BUDGET;
        String yours = (over > 0 ? "You turned on " + fixes.on().size() + " fixes, over the budget of three. " : "")
                + "Your " + (fixes.on().isEmpty() ? "choice (no fix)" : fixes.on().size() == 1 ? "fix" : "fixes")
                + " stop " + board.stopped() + " of " + board.total() + " attacks, reach " + reach
                + "; the minimum cut (" + best.words() + ") stops " + best.stopped() + ", reach " + best.reach()
                + (best.fixes().size() > BudgetChallenge.BUDGET ? ": it needs " + best.fixes().size()
                + " fixes, more than the budget" : "");
        sim.event(EventKinds.NOTE, ShopWorld.ATTACKER).cause(cause)
                .caption(yours)
                .data("yourStopped", board.stopped()).data("yourReach", reach).data("overBudget", over > 0)
                .data("bestFixes", best.fixes().stream().map(Fix::option).toList())
                .data("bestStopped", best.stopped()).data("bestReach", best.reach())
                .emit();
        sim.summary().put("overBudget", over > 0);
        sim.summary().put("bestFixes", best.fixes().stream().map(Fix::option).toList());
        sim.summary().put("bestStopped", best.stopped());
        sim.summary().put("bestReach", best.reach());
    }

    private static String label(Simulation sim, String actor) {
        return sim.world().build().actor(actor).map(a -> a.label()).orElse(actor);
    }
}
