package dev.trustflow.sim.scenarios.capstone;

import dev.trustflow.sim.blast.AttackGraph;
import dev.trustflow.sim.blast.BlastRadius;
import dev.trustflow.sim.blast.Cut;
import dev.trustflow.sim.blast.CutSuggestion;
import dev.trustflow.sim.blast.MinimumCut;
import dev.trustflow.sim.blast.Passage;
import dev.trustflow.sim.blast.Reach;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.world.Credential;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The design challenge: with a budget of three fixes, which three cut the most? Found as a minimum cut
 * ({@code sim.blast.MinimumCut}) over the fixes' attack graph of the shop as built: a scratch run of the same seed
 * with no fix plays every attack for real; each attack that got through becomes a passage from the attacker to
 * its fix's node, and from there to each actor what it obtained opens; what the attacker holds whatever is fixed
 * (Mallory's own token, the web app's token) goes straight to its actors and is not cuttable by a fix. The
 * fewest fix passages that separate the attacker from the crown jewels (payments and the users DB) are the best
 * fixes. What they stop is the attacks behind the closed passages, and how far the attacker still gets is the
 * blast radius over the same graph without them (a test checks both against a real run with those fixes on).
 * <p>
 * Why a cut and not every choice of three: each attack is stopped by its own fix, so every choice of three stops
 * three attacks and choices differ only in what they leave in reach, which is what the cut minimises; and
 * running all C(7,3) = 35 choices (about a second) in each run would make the lesson's check, which runs the
 * scenario under all 256 combinations of its what-ifs, take minutes.
 */
final class BudgetChallenge {

    static final int BUDGET = 3;
    /** What the attacker must not reach: the money and the customers' data. */
    static final List<String> JEWELS = List.of(ShopWorld.PAYMENTS, ShopWorld.USERS_DB);
    private static final String NODE = "fix:";

    /** The best fixes found, the attacks they stop and the reach they leave, over the as-built graph. */
    record Best(List<Fix> fixes, boolean cuttable, long stopped, int reach) {

        String words() {
            return Fixes.of(fixes).words();
        }
    }

    private BudgetChallenge() {
    }

    /** The cut over a scratch run of the shop as built, with the same seed. */
    static Best search(long seed) {
        Simulation asBuilt = new Simulation(seed);
        return cut(asBuilt, ShopRun.play(asBuilt, Fixes.of(List.of()), List.of(Attack.values())));
    }

    /** The cut over {@code asBuilt}, a run of the shop with no fix that played every attack. */
    static Best cut(Simulation asBuilt, ShopRun.Result built) {
        List<String> vertices = new ArrayList<>(asBuilt.world().build().actors().stream().map(a -> a.id()).toList());
        List<Passage> passages = new ArrayList<>();
        List<Credential> holds = new ArrayList<>();
        Set<String> gainedIds = new LinkedHashSet<>();
        for (Outcome o : built.scoreboard().outcomes()) {
            if (!o.succeeded()) {
                continue;
            }
            String node = NODE + o.attack().fix().option();
            vertices.add(node);
            passages.add(new Passage(ShopWorld.ATTACKER, node, null));
            holds.add(new Credential("mistake-" + o.attack().id(), Credential.Kind.SECRET, o.attack().label(),
                    Set.of(node), null));
            o.gained().opens().forEach(target -> passages.add(new Passage(node, target, null)));
            holds.add(o.gained());
            gainedIds.add(o.gained().id());
        }
        for (String foothold : ShopWorld.FOOTHOLD) {
            for (Credential c : asBuilt.wallets().validHeldBy(foothold, asBuilt.now())) {
                if (!gainedIds.contains(c.id())) {
                    c.opens().forEach(target -> passages.add(new Passage(ShopWorld.ATTACKER, target, null)));
                    holds.add(c);
                }
            }
        }
        AttackGraph graph = AttackGraph.of(vertices, new LinkedHashSet<>(passages));
        Reach reach = BlastRadius.measure(graph, actor -> actor.equals(ShopWorld.ATTACKER) ? holds : List.of(),
                asBuilt.now(), List.of(ShopWorld.ATTACKER));
        CutSuggestion cut = MinimumCut.between(graph, reach, JEWELS, p -> !p.to().startsWith(NODE)
                && !p.from().startsWith(NODE));
        List<Fix> fixes = new ArrayList<>();
        boolean cuttable = cut.possible();
        for (Cut c : cut.cuts()) {
            String node = c.passage().to().startsWith(NODE) ? c.passage().to() : c.passage().from();
            if (!node.startsWith(NODE)) {
                cuttable = false;
                continue;
            }
            Fix fix = Fix.all().stream().filter(f -> node.equals(NODE + f.option())).findFirst().orElseThrow();
            if (!fixes.contains(fix)) {
                fixes.add(fix);
            }
        }
        fixes.sort(null);
        Set<String> closed = new LinkedHashSet<>();
        fixes.forEach(f -> closed.add(NODE + f.option()));
        Reach after = BlastRadius.measure(graph.without(passages.stream().filter(p -> closed.contains(p.to()))
                .toList()), actor -> actor.equals(ShopWorld.ATTACKER) ? holds : List.of(), asBuilt.now(),
                List.of(ShopWorld.ATTACKER));
        long stopped = built.scoreboard().outcomes().stream()
                .filter(o -> o.succeeded() && fixes.contains(o.attack().fix())).count()
                + built.scoreboard().stopped();
        int reachAfter = (int) after.actors().stream()
                .filter(a -> !a.startsWith(NODE) && !ShopWorld.FOOTHOLD.contains(a)).count();
        return new Best(List.copyOf(fixes), cuttable, stopped, reachAfter);
    }
}
