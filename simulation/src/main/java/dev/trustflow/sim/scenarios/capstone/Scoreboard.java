package dev.trustflow.sim.scenarios.capstone;

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

    /** The table the artifact shows: one line per attack. */
    String table() {
        StringBuilder text = new StringBuilder();
        for (Outcome o : outcomes) {
            text.append(o.succeeded() ? "\u2717 " : "\u2713 ").append(o.attack().label()).append(": ")
                    .append(o.words()).append('\n');
        }
        text.append(stopped()).append(" of ").append(total()).append(" attacks stopped\n");
        return text.toString();
    }

    /** attack id → "succeeded" or the check that stopped it: the event's data and the summary. */
    Map<String, String> byAttack() {
        Map<String, String> data = new LinkedHashMap<>();
        outcomes.forEach(o -> data.put(o.attack().id(), o.succeeded() ? "succeeded" : o.check()));
        return data;
    }
}
