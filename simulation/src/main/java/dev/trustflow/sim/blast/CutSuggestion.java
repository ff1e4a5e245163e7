package dev.trustflow.sim.blast;

import java.util.List;

/**
 * The smallest set of passages whose removal leaves the attacker no path from the entry to any crown jewel,
 * over the passages the attacker could take with what it held.
 *
 * @param cuts     the passages to close, in a stable order (by source, then target)
 * @param possible false when a crown jewel is itself compromised at the start: no cut helps
 */
public record CutSuggestion(List<Cut> cuts, boolean possible) {

    public CutSuggestion {
        cuts = List.copyOf(cuts);
    }

    public List<Passage> passages() {
        return cuts.stream().map(Cut::passage).toList();
    }
}
