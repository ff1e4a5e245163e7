package dev.trustflow.app.player;

import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import java.time.Duration;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * A cursor over one trace. {@code cursor} is the index of the current event, -1 before the first. Every
 * property is read-only; commands change them and never throw for a move that is not possible (the
 * {@code canX} bindings say which moves are). Auto-advance moves one event per {@link #STEP_AT_NORMAL_SPEED}
 * of wall-clock time at 1×, driven by the injected {@link TickSource}. Use on the FX thread only.
 */
public final class Player {

    /** How long one event stays on screen at 1× while playing. */
    public static final Duration STEP_AT_NORMAL_SPEED = Duration.ofMillis(1600);

    private final TickSource ticks;
    private final ReadOnlyObjectWrapper<Trace> trace = new ReadOnlyObjectWrapper<>(this, "trace");
    private final ReadOnlyIntegerWrapper size = new ReadOnlyIntegerWrapper(this, "size");
    private final ReadOnlyIntegerWrapper cursor = new ReadOnlyIntegerWrapper(this, "cursor", -1);
    private final ReadOnlyObjectWrapper<TraceEvent> currentEvent = new ReadOnlyObjectWrapper<>(this, "currentEvent");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyDoubleWrapper speed = new ReadOnlyDoubleWrapper(this, "speed", PlaybackSpeed.NORMAL);
    private final ReadOnlyBooleanWrapper canPlay = new ReadOnlyBooleanWrapper(this, "canPlay");
    private final ReadOnlyBooleanWrapper canStepForward = new ReadOnlyBooleanWrapper(this, "canStepForward");
    private final ReadOnlyBooleanWrapper canStepBack = new ReadOnlyBooleanWrapper(this, "canStepBack");
    private final ReadOnlyBooleanWrapper canFaster = new ReadOnlyBooleanWrapper(this, "canFaster");
    private final ReadOnlyBooleanWrapper canSlower = new ReadOnlyBooleanWrapper(this, "canSlower");
    private long elapsedNanos;

    public Player(TickSource ticks) {
        this.ticks = Objects.requireNonNull(ticks, "ticks");
        size.bind(Bindings.createIntegerBinding(() -> trace.get() == null ? 0 : trace.get().size(), trace));
        currentEvent.bind(Bindings.createObjectBinding(() -> {
            int at = cursor.get();
            return at >= 0 && at < size.get() ? trace.get().event(at) : null;
        }, cursor, size));
        canPlay.bind(size.greaterThan(0));
        canStepForward.bind(cursor.lessThan(size.subtract(1)));
        canStepBack.bind(cursor.greaterThan(-1));
        canFaster.bind(speed.lessThan(PlaybackSpeed.fastest()));
        canSlower.bind(speed.greaterThan(PlaybackSpeed.slowest()));
    }

    // ---------------------------------------------------------------- commands

    /** Shows a new trace from before its first event, paused. */
    public void load(Trace newTrace) {
        pause();
        cursor.set(-1);
        trace.set(Objects.requireNonNull(newTrace, "trace"));
    }

    /**
     * Shows a new version of the trace (a what-if re-run) at the event that best matches the current one,
     * keeping the playing state.
     */
    public void replace(Trace newTrace) {
        Objects.requireNonNull(newTrace, "trace");
        int at = CursorMatcher.match(trace.get(), cursor.get(), newTrace);
        cursor.set(-1);
        trace.set(newTrace);
        cursor.set(at);
        if (playing.get() && !canStepForward.get()) {
            pause();
        }
    }

    public void play() {
        if (!canPlay.get() || playing.get()) {
            return;
        }
        if (!canStepForward.get()) {
            cursor.set(-1);
        }
        elapsedNanos = 0;
        playing.set(true);
        ticks.start(this::advance);
    }

    public void pause() {
        if (playing.get()) {
            ticks.stop();
            playing.set(false);
        }
    }

    public void toggle() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    public void stepForward() {
        jumpTo(cursor.get() + 1);
    }

    public void stepBack() {
        jumpTo(cursor.get() - 1);
    }

    /** Back to before the first event; playing continues if it was playing. */
    public void restart() {
        jumpTo(-1);
    }

    /** To the last event, paused. */
    public void end() {
        pause();
        jumpTo(size.get() - 1);
    }

    /** To event {@code index}, clamped to -1 .. size-1. */
    public void jumpTo(int index) {
        elapsedNanos = 0;
        cursor.set(Math.max(-1, Math.min(index, size.get() - 1)));
    }

    public void faster() {
        speed.set(PlaybackSpeed.faster(speed.get()));
    }

    public void slower() {
        speed.set(PlaybackSpeed.slower(speed.get()));
    }

    /** Sets the speed to the allowed step nearest {@code value}. */
    public void setSpeed(double value) {
        speed.set(PlaybackSpeed.nearest(value));
    }

    /** The wall-clock time one event stays on screen at the current speed. */
    public Duration stepInterval() {
        return Duration.ofNanos((long) (STEP_AT_NORMAL_SPEED.toNanos() / speed.get()));
    }

    private void advance(long nanos) {
        if (!playing.get()) {
            return;
        }
        elapsedNanos += nanos;
        long interval = stepInterval().toNanos();
        while (elapsedNanos >= interval && playing.get()) {
            elapsedNanos -= interval;
            cursor.set(cursor.get() + 1);
            if (!canStepForward.get()) {
                pause();
            }
        }
    }

    // ---------------------------------------------------------------- properties

    public ReadOnlyObjectProperty<Trace> traceProperty() {
        return trace.getReadOnlyProperty();
    }

    public Trace getTrace() {
        return trace.get();
    }

    public ReadOnlyIntegerProperty sizeProperty() {
        return size.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty cursorProperty() {
        return cursor.getReadOnlyProperty();
    }

    public int getCursor() {
        return cursor.get();
    }

    /** The event at the cursor, or null before the first event and when no trace is loaded. */
    public ReadOnlyObjectProperty<TraceEvent> currentEventProperty() {
        return currentEvent.getReadOnlyProperty();
    }

    public TraceEvent getCurrentEvent() {
        return currentEvent.get();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public boolean isPlaying() {
        return playing.get();
    }

    public ReadOnlyDoubleProperty speedProperty() {
        return speed.getReadOnlyProperty();
    }

    public double getSpeed() {
        return speed.get();
    }

    public ReadOnlyBooleanProperty canPlayProperty() {
        return canPlay.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canStepForwardProperty() {
        return canStepForward.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canStepBackProperty() {
        return canStepBack.getReadOnlyProperty();
    }

    /** Restart is possible whenever step back is (the cursor is past -1). */
    public ReadOnlyBooleanProperty canRestartProperty() {
        return canStepBack.getReadOnlyProperty();
    }

    /** End is possible whenever step forward is. */
    public ReadOnlyBooleanProperty canEndProperty() {
        return canStepForward.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canFasterProperty() {
        return canFaster.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSlowerProperty() {
        return canSlower.getReadOnlyProperty();
    }
}
