package dev.trustflow.sim.scenarios.blast;

import static dev.trustflow.sim.scenarios.blast.BlastWorld.ATTACKER;
import static dev.trustflow.sim.scenarios.blast.BlastWorld.SEARCH;

import dev.trustflow.sim.blast.AttackGraph;
import dev.trustflow.sim.blast.Cut;
import dev.trustflow.sim.blast.CutSuggestion;
import dev.trustflow.sim.blast.Reach;
import dev.trustflow.sim.blast.Reached;
import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.engine.EventBuilder;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.present.ClockTimes;
import dev.trustflow.sim.present.Durations;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.DataKeys;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.world.ActorKind;
import dev.trustflow.sim.world.Credential;
import dev.trustflow.sim.world.Topology;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Tells the run as events: what each service holds, the breach, the attacker's reach in order, the measure. */
final class Spread {

    /** Data key: the credential that opened a reached actor (its id). */
    static final String CREDENTIAL = "credential";
    /** Data key: the blast radius in words, "9 of 12 services, 3 of 3 databases". */
    static final String RADIUS = "radius";
    /** Data key: the suggested fixes in words, or "none". */
    static final String FIXES = "fixes";

    private final Simulation sim;
    private final Map<String, Integer> compromisedAt = new HashMap<>();

    Spread(Simulation sim) {
        this.sim = sim;
    }

    /** One event per service that holds something, giving it its credentials. */
    void start(Map<String, List<Credential>> byHolder) {
        byHolder.forEach((holder, held) -> {
            EventBuilder e = sim.event(EventKinds.NOTE, holder)
                    .caption(label(holder) + " starts with " + held.stream().map(this::describe)
                            .collect(Collectors.joining("; ")))
                    .data("holds", held.stream().map(Credential::label).toList());
            held.forEach(c -> e.gives(holder, c));
            e.emit();
        });
    }

    /** The attacker runs code on search; returns the seq of search's compromise. */
    int breach(int jump) {
        int step = sim.event(EventKinds.ATTACK_STEP, ATTACKER).to(SEARCH).cause(jump)
                .caption("The attacker exploits a bug in the public search service and runs code on it")
                .data(DataKeys.STEP, "exploit")
                .emit();
        int at = sim.event(EventKinds.NODE_COMPROMISED, SEARCH).cause(step)
                .caption("Search is compromised: the attacker holds everything search holds, valid at "
                        + ClockTimes.of(sim.now()))
                .data("holds", sim.wallets().validHeldBy(SEARCH, sim.now()).stream().map(Credential::label)
                        .toList())
                .emit();
        compromisedAt.put(SEARCH, at);
        return at;
    }

    /** Says which passages the applied fix closed, and how far the same breach reached without it. */
    int fixApplied(CutSuggestion cut, Reach before, Topology world, int cause) {
        String closed = cut.cuts().isEmpty() ? "nothing (no database was reached)"
                : cut.cuts().stream().map(Cut::words).collect(Collectors.joining("; "));
        return sim.event(EventKinds.NOTE, SEARCH).cause(cause)
                .caption("The same breach with the smallest fix applied: " + closed + ". Without it the attacker "
                        + "reached " + before.words(world, ActorKind.SERVICE, ActorKind.DATABASE))
                .data("before", before.words(world, ActorKind.SERVICE, ActorKind.DATABASE))
                .data("closed", cut.passages().stream().map(p -> p.words()).toList())
                .artifact(Artifact.text("applied fix", closed))
                .emit();
    }

    /** The attacker's reach, in order: each entry over its passage with its credential, and the hops refused. */
    void walk(Reach reach, AttackGraph graph, int entered) {
        compromisedAt.put(SEARCH, entered);
        refusals(SEARCH, reach, graph);
        for (Reached r : reach.reached()) {
            if (r.isEntry()) {
                continue;
            }
            String from = r.via().from();
            int step = sim.event(EventKinds.ATTACK_STEP, from).to(r.actor()).cause(compromisedAt.get(from))
                    .caption("From " + label(from) + ", the attacker enters " + label(r.actor()) + " with "
                            + r.opener().label() + (r.via().rule() == null ? "" : " (rule " + r.via().rule()
                            + " lets " + from + " through)"))
                    .data(DataKeys.STEP, r.opener().label())
                    .data(CREDENTIAL, r.opener().id())
                    .data(DataKeys.RULE, r.via().rule())
                    .emit();
            List<String> holds = sim.wallets().validHeldBy(r.actor(), sim.now()).stream().map(Credential::label)
                    .toList();
            int at = sim.event(EventKinds.NODE_COMPROMISED, r.actor()).cause(step)
                    .caption(label(r.actor()) + " is reached" + (holds.isEmpty() ? "; it holds nothing new"
                            : "; it holds " + String.join(", ", holds)))
                    .data(CREDENTIAL, r.opener().id())
                    .data("holds", holds)
                    .emit();
            compromisedAt.put(r.actor(), at);
            refusals(r.actor(), reach, graph);
        }
    }

    /** Hops from {@code actor} that a credential the attacker holds would open, refused by the world's rules. */
    private void refusals(String actor, Reach reach, AttackGraph graph) {
        graph.blocked().stream()
                .filter(b -> b.from().equals(actor) && !reach.contains(b.to()))
                .filter(b -> reach.held().values().stream().anyMatch(c -> c.opens().contains(b.to())))
                .forEach(b -> sim.check(b.to(), CheckResult.fail(b.check(), actor + " \u2192 " + b.to()
                        + " refused: " + b.reason()), compromisedAt.get(actor), null));
    }

    /** The blast radius, counted, with the cut that would keep the attacker from every database. */
    void summarize(Topology world, Reach reach, CutSuggestion next) {
        String radius = reach.words(world, ActorKind.SERVICE, ActorKind.DATABASE);
        String fixes = next.cuts().isEmpty() ? "none: no database is reached"
                : next.cuts().stream().map(Cut::words).collect(Collectors.joining("; "));
        sim.event(EventKinds.NOTE, ATTACKER).cause(compromisedAt.get(reach.reached().get(
                        reach.reached().size() - 1).actor()))
                .caption("Blast radius of search at " + ClockTimes.of(sim.now()) + ": " + radius
                        + ". Smallest fix: " + fixes)
                .data(RADIUS, radius)
                .data(FIXES, fixes)
                .data("reached", reach.actors().stream().toList())
                .artifact(Artifact.text("suggested fixes", next.cuts().isEmpty() ? fixes : next.cuts().stream()
                        .map(Cut::words).collect(Collectors.joining("\n"))))
                .emit();
    }

    private String label(String actor) {
        return sim.world().build().actor(actor).map(a -> a.label()).orElse(actor);
    }

    private String describe(Credential c) {
        String opens = c.opens().size() > 3 ? c.opens().size() + " services"
                : c.opens().stream().sorted().collect(Collectors.joining(", "));
        return c.label() + " (opens " + opens + (c.notAfter() == null ? ""
                : ", valid " + Durations.spoken(Duration.between(sim.now(), c.notAfter()))) + ")";
    }
}
