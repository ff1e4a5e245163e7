package dev.trustflow.sim.world;

import dev.trustflow.sim.check.CheckResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides one hop by the world's rules, the way a firewall or a service's allow-list would: the results name
 * the rule that allowed or blocked the hop. Hops that no rule concerns (open zones, actors without an
 * allow-list) give no result at all.
 */
public final class HopRules {

    /** Check id of a zone-boundary decision. */
    public static final String SEGMENTATION = "net.segmentation";
    /** Check id of a caller allow-list decision. */
    public static final String ALLOW_LIST = "net.allow-list";

    private HopRules() {
    }

    public static List<HopDecision> decide(Topology world, String from, String to) {
        List<HopDecision> results = new ArrayList<>();
        Actor source = world.actor(from).orElseThrow(() -> new IllegalArgumentException("unknown actor " + from));
        Actor dest = world.actor(to).orElseThrow(() -> new IllegalArgumentException("unknown actor " + to));
        Zone zone = world.zone(dest.zone());
        if (zone.segmented() && !source.zone().equals(dest.zone())) {
            results.add(world.rules().stream()
                    .filter(r -> !r.isAllowList() && zone.id().equals(r.toZone())
                            && (Rule.ANY_ZONE.equals(r.fromZone()) || source.zone().equals(r.fromZone()))
                            && (r.toActor() == null || r.toActor().equals(to)))
                    .findFirst()
                    .map(r -> new HopDecision(CheckResult.pass(SEGMENTATION, "rule " + r.id() + " allows "
                            + source.zone() + " → " + zone.id() + ": " + r.description()), r.id()))
                    .orElse(new HopDecision(CheckResult.fail(SEGMENTATION, "no rule allows " + source.zone() + " → "
                            + zone.id() + " (" + zone.label() + " is segmented: what no rule allows is dropped)"),
                            null)));
        }
        List<Rule> lists = world.rules().stream().filter(r -> r.isAllowList() && to.equals(r.toActor())).toList();
        if (!lists.isEmpty()) {
            results.add(lists.stream().filter(r -> r.callers().contains(from)).findFirst()
                    .map(r -> new HopDecision(CheckResult.pass(ALLOW_LIST, "rule " + r.id() + " lists " + from
                            + " as a caller of " + to), r.id()))
                    .orElse(new HopDecision(CheckResult.fail(ALLOW_LIST, from + " is on no allow-list of " + to),
                            String.join(",", lists.stream().map(Rule::id).toList()))));
        }
        return results;
    }
}
