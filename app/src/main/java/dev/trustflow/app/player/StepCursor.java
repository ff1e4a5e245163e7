package dev.trustflow.app.player;

import java.time.Duration;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.value.ObservableIntegerValue;

/**
 * The transport over a number of steps: a cursor ({@code -1} before the first step), play and pause, step,
 * jump, speed. Every property is read-only; commands change them and never throw for a move that is not
 * possible (the {@code canX} bindings say which moves are). Playing moves one step per
 * {@link #STEP_AT_NORMAL_SPEED} of wall-clock time at 1x, driven by the injected {@link TickSource}. The
 * {@link Player} is one over a trace's events, the side-by-side comparison one over two runs' aligned steps.
 * Use on the FX thread only.
 */
public class StepCursor {

    /** How long one step stays on screen at 1x while playing. */
    public static final Duration STEP_AT_NORMAL_SPEED = Duration.ofMillis(1600);

    private final TickSource ticks;
    private final ReadOnlyIntegerWrapper size = new ReadOnlyIntegerWrapper(this, "size");
    private final ReadOnlyIntegerWrapper cursor = new ReadOnlyIntegerWrapper(this, "cursor", -1);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyDoubleWrapper speed = new ReadOnlyDoubleWrapper(this, "speed", PlaybackSpeed.NORMAL);
    private final ReadOnlyBooleanWrapper canPlay = new ReadOnlyBooleanWrapper(this, "canPlay");
    private final ReadOnlyBooleanWrapper canStepForward = new ReadOnlyBooleanWrapper(this, "canStepForward");
    private final ReadOnlyBooleanWrapper canStepBack = new ReadOnlyBooleanWrapper(this, "canStepBack");
    private final ReadOnlyBooleanWrapper canFaster = new ReadOnlyBooleanWrapper(this, "canFaster");
    private final ReadOnlyBooleanWrapper canSlower = new ReadOnlyBooleanWrapper(this, "canSlower");
    private long elapsedNanos;

    public StepCursor(TickSource ticks) {
        this.ticks = Objects.requireNonNull(ticks, "ticks");
        canPlay.bind(size.greaterThan(0));
        canStepForward.bind(cursor.lessThan(size.subtract(1)));
        canStepBack.bind(cursor.greaterThan(-1));
        canFaster.bind(speed.lessThan(PlaybackSpeed.fastest()));
        canSlower.bind(speed.greaterThan(PlaybackSpeed.slowest()));
    }

    /** For a subclass whose number of steps follows something else (the player: its trace). */
    protected final void bindSize(ObservableIntegerValue steps) {
        size.bind(steps);
    }

    /**
     * For a subclass that sets its number of steps itself: the cursor stays where it was if it still fits, else
     * moves to the last step, and playing stops at the end.
     */
    protected final void setSize(int steps) {
        size.set(Math.max(0, steps));
        jumpTo(cursor.get());
        pauseAtEnd();
    }

    /** Moves the cursor as it is, without touching the pacing (a subclass swapping what it steps over). */
    protected final void moveCursor(int index) {
        cursor.set(index);
    }

    /** Stops playing when there is no next step. */
    protected final void pauseAtEnd() {
        if (playing.get() && !canStepForward.get()) {
            pause();
        }
    }

    // ---------------------------------------------------------------- commands

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

    /** Back to before the first step; playing continues if it was playing. */
    public void restart() {
        jumpTo(-1);
    }

    /** To the last step, paused. */
    public void end() {
        pause();
        jumpTo(size.get() - 1);
    }

    /** To step {@code index}, clamped to -1 .. size-1. */
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

    /** The wall-clock time one step stays on screen at the current speed. */
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
            pauseAtEnd();
        }
    }

    // ---------------------------------------------------------------- properties

    public ReadOnlyIntegerProperty sizeProperty() {
        return size.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty cursorProperty() {
        return cursor.getReadOnlyProperty();
    }

    public int getCursor() {
        return cursor.get();
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
