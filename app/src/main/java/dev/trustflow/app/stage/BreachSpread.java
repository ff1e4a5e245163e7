package dev.trustflow.app.stage;

import dev.trustflow.sim.blast.Breach;
import dev.trustflow.sim.blast.Reached;
import dev.trustflow.sim.world.Link;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * A breach on the stage, revealed in reach order: which actors it has reached so far and which links opened them,
 * one more every {@link #STEP}; {@code changed} runs after each, so the stage redraws.
 */
final class BreachSpread {

    /** The time between two actors of a breach turning compromised, so the spread reads in reach order. */
    static final Duration STEP = Duration.millis(350);

    private final Runnable changed;
    private final Set<String> actors = new HashSet<>();
    /** Links that opened an actor, as "from\0to", both ways. */
    private final Set<String> links = new HashSet<>();
    private Timeline timeline;

    BreachSpread(Runnable changed) {
        this.changed = changed;
    }

    /** Starts revealing {@code breach} (null: none), dropping what an earlier breach showed. */
    void show(Breach breach) {
        if (timeline != null) {
            timeline.stop();
            timeline = null;
        }
        actors.clear();
        links.clear();
        if (breach != null) {
            List<Reached> order = breach.reach().reached();
            timeline = new Timeline();
            for (int i = 0; i < order.size(); i++) {
                Reached r = order.get(i);
                timeline.getKeyFrames().add(new KeyFrame(STEP.multiply(i), e -> reveal(r)));
            }
            timeline.play();
        }
        changed.run();
    }

    boolean reached(String actor) {
        return actors.contains(actor);
    }

    boolean opened(Link link) {
        return links.contains(link.from() + "\u0000" + link.to());
    }

    boolean isSpreading() {
        return timeline != null && timeline.getStatus() == Animation.Status.RUNNING;
    }

    private void reveal(Reached r) {
        actors.add(r.actor());
        if (r.via() != null) {
            links.add(r.via().from() + "\u0000" + r.via().to());
            links.add(r.via().to() + "\u0000" + r.via().from());
        }
        changed.run();
    }
}
