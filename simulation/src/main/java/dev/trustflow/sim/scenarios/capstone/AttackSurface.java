package dev.trustflow.sim.scenarios.capstone;

import dev.trustflow.sim.blast.AttackGraph;
import dev.trustflow.sim.blast.BlastRadius;
import dev.trustflow.sim.blast.Holdings;
import dev.trustflow.sim.blast.Reach;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.world.Topology;
import java.util.List;

/**
 * The attacker's reach after the attacks: {@code sim.blast} over the world's passages from the foothold (its own
 * machine and the web app it broke into), opened by what the foothold holds, valid now: the tokens it had, the
 * web app's service account token and whatever the successful attacks obtained. Calling a service's API does not
 * hand over what that service holds, so only the foothold's credentials count.
 */
final class AttackSurface {

    private AttackSurface() {
    }

    static Reach measure(Simulation sim) {
        Topology world = sim.world().build();
        Holdings foothold = actor -> ShopWorld.FOOTHOLD.contains(actor)
                ? sim.wallets().validHeldBy(actor, sim.now()) : List.of();
        return BlastRadius.measure(AttackGraph.of(world), foothold, sim.now(), ShopWorld.FOOTHOLD);
    }

    /** The actors reached beyond the foothold. */
    static List<String> beyondFoothold(Reach reach) {
        return reach.actors().stream().filter(a -> !ShopWorld.FOOTHOLD.contains(a)).toList();
    }
}
