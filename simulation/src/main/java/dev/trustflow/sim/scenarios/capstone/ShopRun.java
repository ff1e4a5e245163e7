package dev.trustflow.sim.scenarios.capstone;

import dev.trustflow.sim.blast.Reach;
import dev.trustflow.sim.engine.Simulation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * One run of the shop under some fixes: built at 09:00, attacked at 11:00 by the given attacks, in their order,
 * then measured. The scenario plays it into the student's run; the budget challenge plays it into scratch runs,
 * one per choice of three fixes; tests play single attacks.
 */
final class ShopRun {

    static final Duration UNTIL_ATTACKS = Duration.ofHours(2);

    private ShopRun() {
    }

    /** What a run found. */
    record Result(Scoreboard scoreboard, Reach reach) {

        int reachBeyondFoothold() {
            return AttackSurface.beyondFoothold(reach).size();
        }
    }

    static Result play(Simulation sim, Fixes fixes, Collection<Attack> attacks) {
        ShopWorld.declare(sim.world());
        sim.phase("09:00: the shop as built");
        BuiltShop shop = BuiltShop.build(sim, fixes);
        sim.phase("11:00: the attacks");
        sim.jump(UNTIL_ATTACKS, ShopWorld.ATTACKER, "Two hours later the attacker, inside the web app, tries the"
                + " attacks of the earlier lessons");
        Attacker attacker = new Attacker(sim, shop);
        List<Outcome> outcomes = new ArrayList<>();
        for (Attack attack : attacks) {
            outcomes.add(attacker.run(attack));
        }
        return new Result(new Scoreboard(outcomes), AttackSurface.measure(sim));
    }

    /** A fresh run of the same seed with only these fixes and attacks (the budget search, tests). */
    static Result scratch(long seed, Fixes fixes, Collection<Attack> attacks) {
        return play(new Simulation(seed), fixes, attacks);
    }
}
