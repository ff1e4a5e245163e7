package dev.trustflow.app.breach;

import dev.trustflow.sim.blast.Breach;
import dev.trustflow.sim.blast.Reached;
import dev.trustflow.sim.present.ClockTimes;
import dev.trustflow.sim.world.ActorKind;
import java.util.List;

/**
 * A breach in one line, as the student reads it: "Breach at Notes app (phone), 09:00: reaches 2 of 4 actors:
 * Notes API (alice's access token for notes-app), …", or where it stopped and why.
 */
public final class BreachSummary {

    private BreachSummary() {
    }

    public static String of(Breach breach) {
        String head = "Breach at " + breach.label(breach.entry()) + ", " + ClockTimes.of(breach.at()) + ": ";
        List<Reached> spread = breach.spread();
        if (spread.isEmpty()) {
            return (head + "reaches no one else. " + breach.whyStopped().orElse("")).strip();
        }
        long counted = spread.stream().filter(r -> breach.world().actor(r.actor())
                .map(a -> a.kind() != ActorKind.ATTACKER).orElse(true)).count();
        List<String> each = spread.stream()
                .map(r -> breach.label(r.actor()) + " (" + r.opener().label() + ")").toList();
        return head + "reaches " + counted + " of " + breach.others() + " actors: " + String.join(", ", each);
    }
}
