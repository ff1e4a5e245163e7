package dev.trustflow.sim.scenarios.capstone;

import dev.trustflow.sim.trace.ArtifactTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every attack of one run with its outcome, in the attacks' order. */
record Scoreboard(List<Outcome> outcomes) {

    Scoreboard {
        outcomes = List.copyOf(outcomes);
    }

    long stopped() {
        return outcomes.stream().filter(o -> !o.succeeded()).count();
    }

    int total() {
        return outcomes.size();
    }

    /** The table the artifact shows: one row per attack, and what it got or the check that stopped it. */
    ArtifactTable table() {
        ArtifactTable.Builder table = ArtifactTable.of("attack", "result");
        for (Outcome o : outcomes) {
            table.row(o.attack().label(), (o.succeeded() ? "\u2717 " : "\u2713 ") + o.words());
        }
        return table.build();
    }

    /** attack id → "succeeded" or the check that stopped it: the event's data and the summary. */
    Map<String, String> byAttack() {
        Map<String, String> data = new LinkedHashMap<>();
        outcomes.forEach(o -> data.put(o.attack().id(), o.succeeded() ? "succeeded" : o.check()));
        return data;
    }
}
