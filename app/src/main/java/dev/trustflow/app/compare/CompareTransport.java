package dev.trustflow.app.compare;

import dev.trustflow.app.player.PlaybackSpeed;
import dev.trustflow.app.player.Player;
import dev.trustflow.app.player.TickSource;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * One cursor over the aligned steps of two runs, with the same commands and pacing as the {@link Player}:
 * {@code cursor} is -1 before the first step; play advances one step per {@link Player#STEP_AT_NORMAL_SPEED}
 * at 1×. A move that is not possible does nothing. Use on the FX thread only.
 */
public final class CompareTransport {

    private final TickSource ticks;
    private final ReadOnlyIntegerWrapper size = new ReadOnlyIntegerWrapper(this, "size");
    private final ReadOnlyIntegerWrapper cursor = new ReadOnlyIntegerWrapper(this, "cursor", -1);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyDoubleWrapper speed = new ReadOnlyDoubleWrapper(this, "speed", PlaybackSpeed.NORMAL);
    private final ReadOnlyBooleanWrapper canPlay = new ReadOnlyBooleanWrapper(this, "canPlay");
    private final ReadOnlyBooleanWrapper canStepForward = new ReadOnlyBooleanWrapper(this, "canStepForward");
    private final ReadOnlyBooleanWrapper canStepBack = new ReadOnlyBooleanWrapper(this, "canStepBack");
    private long elapsedNanos;

    public CompareTransport(TickSource ticks) {
        this.ticks = Objects.requireNonNull(ticks, "ticks");
        canPlay.bind(size.greaterThan(0));
        canStepForward.bind(cursor.lessThan(size.subtract(1)));
        canStepBack.bind(cursor.greaterThan(-1));
    }

    /** A new number of steps; the cursor stays where it was if it still fits, else moves to the last step. */
    void resize(int steps) {
        size.set(Math.max(0, steps));
        jumpTo(cursor.get());
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

    public void restart() {
        jumpTo(-1);
    }

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

    public void setSpeed(double value) {
        speed.set(PlaybackSpeed.nearest(value));
    }

    private void advance(long nanos) {
        if (!playing.get()) {
            return;
        }
        elapsedNanos += nanos;
        long interval = (long) (Player.STEP_AT_NORMAL_SPEED.toNanos() / speed.get());
        while (elapsedNanos >= interval && playing.get()) {
            elapsedNanos -= interval;
            cursor.set(cursor.get() + 1);
            if (!canStepForward.get()) {
                pause();
            }
        }
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
}
