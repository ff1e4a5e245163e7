package dev.trustflow.app.stage;

import dev.trustflow.app.player.Player;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import dev.trustflow.sim.world.Topology;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.trustflow.sim.blast.Breach;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The stage's view-model: the world to lay out, the run's topology to show and, for each cursor move, the frame. */
public final class StageModel {

    /** The longest a packet takes to travel, at slow speeds. */
    public static final Duration MAX_TRAVEL = Duration.ofMillis(1200);

    private final Player player;
    private final ReadOnlyObjectWrapper<Topology> topology = new ReadOnlyObjectWrapper<>(this, "topology", Topology.empty());
    private final ReadOnlyObjectWrapper<Topology> world = new ReadOnlyObjectWrapper<>(this, "world", Topology.empty());
    /** Per scenario, every actor and link its runs so far declared: what-ifs of one scenario share one layout. */
    private final Map<String, Topology> worlds = new HashMap<>();
    private final ReadOnlyObjectWrapper<StageFrame> frame = new ReadOnlyObjectWrapper<>(this, "frame", StageFrame.EMPTY);
    private final StringProperty selected = new SimpleStringProperty(this, "selected");
    private final ObjectProperty<Breach> breach = new SimpleObjectProperty<>(this, "breach");
    private Trace shown;

    public StageModel(Player player) {
        this.player = player;
        player.traceProperty().addListener((obs, old, trace) -> {
            Topology run = trace == null ? Topology.empty() : trace.topology();
            Topology whole = trace == null ? run
                    : worlds.merge(trace.scenario(), run, Worlds::union);
            if (!whole.equals(world.get())) {
                world.set(whole);
            }
            topology.set(run);
            update(-2);
        });
        player.cursorProperty().addListener((obs, old, now) -> update(old.intValue()));
    }

    private void update(int previousCursor) {
        Trace trace = player.getTrace();
        boolean sameTrace = trace == shown;
        shown = trace;
        int cursor = player.getCursor();
        TraceEvent current = player.getCurrentEvent();
        if (current == null) {
            frame.set(new StageFrame(List.of(), Set.of(), StageEffects.compromised(trace, cursor), false));
            return;
        }
        Set<String> active = new LinkedHashSet<>();
        active.add(current.actor());
        if (current.target() != null) {
            active.add(current.target());
        }
        boolean oneStepForward = sameTrace && cursor == previousCursor + 1;
        frame.set(new StageFrame(StageEffects.of(current), active, StageEffects.compromised(trace, cursor),
                oneStepForward));
    }

    /**
     * How long a packet takes to travel its whole link, from sender to receiver: a bit more than half of the time
     * one event stays on screen (so it arrives with time to spare at every speed), at most {@link #MAX_TRAVEL}
     * (slow speeds keep a brisk packet). After it arrives it settles beside its link in {@link #settleTime}.
     */
    public Duration travelTime() {
        Duration share = player.stepInterval().multipliedBy(11).dividedBy(20);
        return share.compareTo(MAX_TRAVEL) < 0 ? share : MAX_TRAVEL;
    }

    /** How long an arrived packet takes to move to where it rests for the rest of the step: a quarter of its travel. */
    public Duration settleTime() {
        return travelTime().dividedBy(4);
    }

    public ReadOnlyObjectProperty<Topology> topologyProperty() {
        return topology.getReadOnlyProperty();
    }

    /**
     * The world the stage lays out: the union of the topologies of every run of the current trace's scenario
     * seen so far (see {@link Worlds#union}). It changes when another scenario is loaded or a what-if declares
     * an actor or link no earlier run did; the stage then lays out again, and only then.
     */
    public ReadOnlyObjectProperty<Topology> worldProperty() {
        return world.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StageFrame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    public StageFrame getFrame() {
        return frame.get();
    }

    /** The actor selected on the stage (outlined), or null; bound by the window to the breach command's. */
    public StringProperty selectedProperty() {
        return selected;
    }

    /**
     * A "breach here" to show over the frame: its reached actors turn compromised in reach order and the passages
     * that opened them are marked; null shows none. Bound by the window to the breach command's result.
     */
    public ObjectProperty<Breach> breachProperty() {
        return breach;
    }
}
