package dev.trustflow.app.stage;

import dev.trustflow.app.player.Player;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import dev.trustflow.sim.world.Topology;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The stage's view-model: the topology to draw and, for each cursor move, the frame to show. */
public final class StageModel {

    /** The longest a packet takes to travel, at slow speeds. */
    public static final Duration MAX_TRAVEL = Duration.ofMillis(700);

    private final Player player;
    private final ReadOnlyObjectWrapper<Topology> topology = new ReadOnlyObjectWrapper<>(this, "topology", Topology.empty());
    private final ReadOnlyObjectWrapper<StageFrame> frame = new ReadOnlyObjectWrapper<>(this, "frame", StageFrame.EMPTY);
    private Trace shown;

    public StageModel(Player player) {
        this.player = player;
        player.traceProperty().addListener((obs, old, trace) -> {
            topology.set(trace == null ? Topology.empty() : trace.topology());
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

    /** How long a packet travels: a part of the time one event stays on screen, at most {@link #MAX_TRAVEL}. */
    public Duration travelTime() {
        Duration share = player.stepInterval().multipliedBy(2).dividedBy(5);
        return share.compareTo(MAX_TRAVEL) < 0 ? share : MAX_TRAVEL;
    }

    public ReadOnlyObjectProperty<Topology> topologyProperty() {
        return topology.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StageFrame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    public StageFrame getFrame() {
        return frame.get();
    }
}
