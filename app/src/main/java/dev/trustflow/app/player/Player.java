package dev.trustflow.app.player;

import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * A {@link StepCursor} over one trace: the steps are its events, {@code cursor} the index of the current event
 * (-1 before the first), and the trace can be swapped for a re-run while keeping the place. Use on the FX
 * thread only.
 */
public final class Player extends StepCursor {

    private final ReadOnlyObjectWrapper<Trace> trace = new ReadOnlyObjectWrapper<>(this, "trace");
    private final ReadOnlyObjectWrapper<TraceEvent> currentEvent = new ReadOnlyObjectWrapper<>(this, "currentEvent");

    public Player(TickSource ticks) {
        super(ticks);
        bindSize(Bindings.createIntegerBinding(() -> trace.get() == null ? 0 : trace.get().size(), trace));
        currentEvent.bind(Bindings.createObjectBinding(() -> {
            int at = getCursor();
            return at >= 0 && at < sizeProperty().get() ? trace.get().event(at) : null;
        }, cursorProperty(), sizeProperty()));
    }

    /** Shows a new trace from before its first event, paused. */
    public void load(Trace newTrace) {
        pause();
        moveCursor(-1);
        trace.set(Objects.requireNonNull(newTrace, "trace"));
    }

    /**
     * Shows a new version of the trace (a what-if re-run) at the event that best matches the current one,
     * keeping the playing state.
     */
    public void replace(Trace newTrace) {
        Objects.requireNonNull(newTrace, "trace");
        int at = CursorMatcher.match(trace.get(), getCursor(), newTrace);
        moveCursor(-1);
        trace.set(newTrace);
        moveCursor(at);
        pauseAtEnd();
    }

    public ReadOnlyObjectProperty<Trace> traceProperty() {
        return trace.getReadOnlyProperty();
    }

    public Trace getTrace() {
        return trace.get();
    }

    /** The event at the cursor, or null before the first event and when no trace is loaded. */
    public ReadOnlyObjectProperty<TraceEvent> currentEventProperty() {
        return currentEvent.getReadOnlyProperty();
    }

    public TraceEvent getCurrentEvent() {
        return currentEvent.get();
    }
}
