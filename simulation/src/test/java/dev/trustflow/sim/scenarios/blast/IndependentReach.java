package dev.trustflow.sim.scenarios.blast;

import dev.trustflow.sim.trace.DataKeys;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import dev.trustflow.sim.world.HopRules;
import dev.trustflow.sim.world.Link;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The blast radius recomputed from the trace alone, the slow obvious way: the wallets replayed from the events'
 * {@code data.wallet} up to the breach, then, until nothing changes, every link from a reached actor whose hop the
 * trace's own rules allow and whose target a held credential opens.
 */
final class IndependentReach {

    private IndependentReach() {
    }

    @SuppressWarnings("unchecked")
    static Set<String> of(Trace trace, String entry) {
        TraceEvent breach = trace.events().stream().filter(e -> e.kind().equals("node.compromised")).findFirst()
                .orElseThrow();
        Instant at = breach.at();
        Map<String, Map<String, Map<String, Object>>> wallets = new HashMap<>();
        for (TraceEvent e : trace.events().subList(0, breach.seq())) {
            for (Map<String, Object> c : (List<Map<String, Object>>) e.data().getOrDefault(DataKeys.WALLET,
                    List.of())) {
                Map<String, Map<String, Object>> held = wallets.computeIfAbsent((String) c.get("holder"),
                        h -> new HashMap<>());
                if ("issued".equals(c.get("op"))) {
                    held.put((String) c.get("id"), c);
                } else if ("expired".equals(c.get("op")) || "revoked".equals(c.get("op"))) {
                    held.remove(c.get("id"));
                }
            }
        }
        Set<String> reached = new HashSet<>(Set.of(entry));
        Set<String> opens = new HashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String r : reached) {
                wallets.getOrDefault(r, Map.of()).values().stream()
                        .filter(c -> c.get("notAfter") == null || !at.isAfter(Instant.parse((String) c.get("notAfter"))))
                        .forEach(c -> opens.addAll((List<String>) c.get("opens")));
            }
            for (Link l : trace.topology().links()) {
                for (String[] hop : new String[][]{{l.from(), l.to()}, {l.to(), l.from()}}) {
                    if (reached.contains(hop[0]) && !reached.contains(hop[1]) && opens.contains(hop[1])
                            && HopRules.decide(trace.topology(), hop[0], hop[1]).stream()
                            .allMatch(d -> d.result().passed())) {
                        reached.add(hop[1]);
                        changed = true;
                    }
                }
            }
        }
        return reached;
    }
}
