package dev.trustflow.sim.blast;

import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.world.Actor;
import dev.trustflow.sim.world.ActorKind;
import dev.trustflow.sim.world.Topology;
import java.time.Instant;
import java.util.List;

/**
 * "What if the thief acts now?": the blast radius of one actor of a recorded run, compromised at one step, over
 * the run's world with what every actor held then ({@link TraceHoldings}).
 *
 * @param entry the actor breached
 * @param step  the event the breach happens at
 * @param at    that event's virtual time
 * @param reach the actors reached from it, in order, with the passage and credential that opened each
 * @param world the run's topology the reach was measured over
 */
public record Breach(String entry, int step, Instant at, Reach reach, Topology world) {

    /** Measures the breach of {@code actor} at event {@code step} of {@code trace}. */
    public static Breach of(Trace trace, int step, String actor) {
        if (trace.topology().actor(actor).isEmpty()) {
            throw new IllegalArgumentException(trace.scenario() + " has no actor '" + actor + "'");
        }
        TraceHoldings holdings = TraceHoldings.at(trace, step);
        Reach reach = BlastRadius.measure(AttackGraph.of(trace.topology()), holdings, holdings.at(), List.of(actor));
        return new Breach(actor, step, holdings.at(), reach, trace.topology());
    }

    /** The actors reached beyond the entry, in the order the attacker reached them. */
    public List<Reached> spread() {
        return reach.reached().stream().filter(r -> !r.isEntry()).toList();
    }

    /** How many actors the breach could have reached: every actor of the world but the entry and attackers. */
    public int others() {
        return (int) world.actors().stream().filter(a -> a.kind() != ActorKind.ATTACKER)
                .map(Actor::id).filter(id -> !id.equals(entry)).count();
    }
}
