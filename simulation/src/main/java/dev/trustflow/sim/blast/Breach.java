package dev.trustflow.sim.blast;

import dev.trustflow.sim.present.ClockTimes;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.world.Actor;
import dev.trustflow.sim.world.ActorKind;
import dev.trustflow.sim.world.Credential;
import dev.trustflow.sim.world.Topology;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * "What if the thief acts now?": the blast radius of one actor of a recorded run, compromised at one step, over
 * the run's world with what every actor held then ({@link TraceHoldings}).
 *
 * @param entry   the actor breached
 * @param step    the event the breach happens at
 * @param at      that event's virtual time
 * @param reach   the actors reached from it, in order, with the passage and credential that opened each
 * @param world   the run's topology the reach was measured over
 * @param stopped why the breach reached no one beyond the entry (a sentence), or null when it spread
 */
public record Breach(String entry, int step, Instant at, Reach reach, Topology world, String stopped) {

    /** Measures the breach of {@code actor} at event {@code step} of {@code trace}. */
    public static Breach of(Trace trace, int step, String actor) {
        if (trace.topology().actor(actor).isEmpty()) {
            throw new IllegalArgumentException(trace.scenario() + " has no actor '" + actor + "'");
        }
        TraceHoldings holdings = TraceHoldings.at(trace, step);
        Reach reach = BlastRadius.measure(AttackGraph.of(trace.topology()), holdings, holdings.at(), List.of(actor));
        String stopped = reach.reached().size() > 1 ? null : whyStopped(trace, holdings, actor);
        return new Breach(actor, step, holdings.at(), reach, trace.topology(), stopped);
    }

    private static String whyStopped(Trace trace, TraceHoldings holdings, String actor) {
        String who = label(trace.topology(), actor);
        if (!holdings.recordsWallets()) {
            return "This run gives no actor a credential (no wallet is recorded), so " + who + " has nothing to"
                    + " open another actor with.";
        }
        Collection<Credential> held = holdings.heldBy(actor);
        if (held.isEmpty()) {
            return who + " holds no valid credential at " + ClockTimes.of(holdings.at()) + ".";
        }
        return "Nothing " + who + " holds at " + ClockTimes.of(holdings.at())
                + " opens an actor it can reach over the world's links.";
    }

    private static String label(Topology world, String actor) {
        return world.actor(actor).map(Actor::label).orElse(actor);
    }

    /** The actors reached beyond the entry, in the order the attacker reached them. */
    public List<Reached> spread() {
        return reach.reached().stream().filter(r -> !r.isEntry()).toList();
    }

    /** Why the breach stayed at the entry, when it did. */
    public Optional<String> whyStopped() {
        return Optional.ofNullable(stopped);
    }

    /** The label of an actor of the world, or its id. */
    public String label(String actor) {
        return label(world, actor);
    }

    /** How many actors the breach could have reached: every actor of the world but the entry and attackers. */
    public int others() {
        return (int) world.actors().stream().filter(a -> a.kind() != ActorKind.ATTACKER)
                .map(Actor::id).filter(id -> !id.equals(entry)).count();
    }
}
