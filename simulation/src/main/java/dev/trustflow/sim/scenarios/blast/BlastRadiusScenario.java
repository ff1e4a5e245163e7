package dev.trustflow.sim.scenarios.blast;

import static dev.trustflow.sim.scenarios.blast.BlastWorld.ATTACKER;
import static dev.trustflow.sim.scenarios.blast.BlastWorld.DATABASES;
import static dev.trustflow.sim.scenarios.blast.BlastWorld.SEARCH;

import dev.trustflow.sim.blast.AttackGraph;
import dev.trustflow.sim.blast.BlastRadius;
import dev.trustflow.sim.blast.CutSuggestion;
import dev.trustflow.sim.blast.Holdings;
import dev.trustflow.sim.blast.MinimumCut;
import dev.trustflow.sim.blast.Passage;
import dev.trustflow.sim.blast.Reach;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.scenario.OptionSpec;
import dev.trustflow.sim.scenario.Options;
import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.world.ActorKind;
import dev.trustflow.sim.world.Topology;
import java.time.Duration;
import java.util.List;

/**
 * Lesson 16: the public search service is breached at 11:00. From there the attacker reaches every service and
 * database that the world's rules let it reach with the credentials it finds on the way ({@code sim.blast}, over
 * the world declared here, at the virtual time of the breach). What-ifs: a flat or segmented network, search's
 * service account scoped or over-privileged, the customers DB password shared by three services, and an admin's
 * session token, left in search's debug log at 09:00, living 15 minutes or 30 days. The minimum cut from search to
 * the databases is suggested, and can be applied (as allow-lists on the world) and measured again.
 */
public final class BlastRadiusScenario implements Scenario {

    public static final String ID = "blast-radius";
    /** How long after the services start the breach happens. */
    static final Duration UNTIL_BREACH = Duration.ofHours(2);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Micro-segmentation and blast radius";
    }

    @Override
    public String description() {
        return "The public search service is breached. How far does the attacker get with what each service it "
                + "reaches holds, over the paths the network allows? Segment the network, scope the service "
                + "account, stop sharing a password, shorten a token's life, or apply the smallest cut.";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.choice(Choice.SEGMENTATION, Choice.FLAT, Choice.of(Choice.FLAT, Choice.SEGMENTED),
                        "Network", "flat (every path the network carries is open) or segmented (only the calls "
                                + "the shop makes are allowed)"),
                OptionSpec.choice(Choice.SERVICE_ACCOUNT, Choice.OVER_PRIVILEGED,
                        Choice.of(Choice.SCOPED, Choice.OVER_PRIVILEGED), "Search's service account",
                        "scoped to the catalog, or accepted by every service"),
                OptionSpec.choice(Choice.SHARED_SECRET, Choice.YES, Choice.of(Choice.NO, Choice.YES),
                        "Shared DB password", "the customers DB password is also in search and reports"),
                OptionSpec.choice(Choice.CREDENTIAL_LIFETIME, Choice.LONG, Choice.of(Choice.SHORT, Choice.LONG),
                        "Admin token lifetime", "the admin's token left in search's log lives 15 minutes or 30 days"),
                OptionSpec.choice(Choice.APPLY_FIX, Choice.NONE, Choice.of(Choice.NONE, Choice.MIN_CUT),
                        "Apply the smallest fix", "close the passages of the minimum cut and measure again"));
    }

    @Override
    public void play(Simulation sim, Options options) {
        boolean segmented = Choice.SEGMENTED.equals(options.choice(Choice.SEGMENTATION));
        boolean overPrivileged = Choice.OVER_PRIVILEGED.equals(options.choice(Choice.SERVICE_ACCOUNT));
        boolean shared = Choice.YES.equals(options.choice(Choice.SHARED_SECRET));
        boolean longLived = Choice.LONG.equals(options.choice(Choice.CREDENTIAL_LIFETIME));
        boolean applyFix = Choice.MIN_CUT.equals(options.choice(Choice.APPLY_FIX));

        BlastWorld.declare(sim.world(), segmented);
        // The world as it is, without any fix: measured first, to find the cut a fix applies.
        Topology.Builder asIs = new Topology.Builder();
        BlastWorld.declare(asIs, segmented);
        BlastWorld.allowLists(asIs, segmented, List.of());
        Spread spread = new Spread(sim);

        sim.phase("09:00: the services start");
        spread.start(ShopCredentials.issue(sim.now(), overPrivileged, shared, longLived));
        sim.phase("11:00: search is breached");
        int jump = sim.jump(UNTIL_BREACH, ATTACKER,
                "Two hours later, an attacker exploits a bug in the public search service");
        Holdings holdings = Holdings.of(sim.wallets(), sim.now());
        Reach before = BlastRadius.measure(AttackGraph.of(asIs.build()), holdings, sim.now(), List.of(SEARCH));
        CutSuggestion cut = MinimumCut.between(AttackGraph.of(asIs.build()), before, DATABASES, BlastWorld::needed);

        List<Passage> closed = applyFix ? cut.passages() : List.of();
        BlastWorld.allowLists(sim.world(), segmented, closed);
        Topology world = sim.world().build();
        int entered = spread.breach(jump);
        if (applyFix) {
            entered = spread.fixApplied(cut, before, world, entered);
        }
        AttackGraph graph = AttackGraph.of(world);
        Reach reach = BlastRadius.measure(graph, holdings, sim.now(), List.of(SEARCH));
        sim.phase("The attacker spreads");
        spread.walk(reach, graph, entered);
        sim.phase("The blast radius");
        CutSuggestion next = MinimumCut.between(graph, reach, DATABASES, BlastWorld::needed);
        spread.summarize(world, reach, next);

        sim.summary().put("reached", reach.actors().size());
        sim.summary().put("services", count(reach, world, ActorKind.SERVICE));
        sim.summary().put("databases", count(reach, world, ActorKind.DATABASE));
        sim.summary().put("radius", reach.words(world, ActorKind.SERVICE, ActorKind.DATABASE));
        sim.summary().put(Trace.OUTCOME, "reaches " + reach.words(world, ActorKind.SERVICE, ActorKind.DATABASE));
        sim.summary().put("cut", next.passages().stream().map(Passage::words).toList());
        sim.summary().put("closed", closed.stream().map(Passage::words).toList());
    }

    private static int count(Reach reach, Topology world, ActorKind kind) {
        return reach.counts(world).stream().filter(c -> c.kind() == kind).mapToInt(c -> c.reached()).sum();
    }
}
