package dev.trustflow.app.player;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The transport on its own, sized by hand as the side-by-side comparison sizes it. */
class StepCursorTest {

    private final ManualTickSource ticks = new ManualTickSource();

    /** A cursor whose size is set directly (the way CompareTransport does). */
    private static final class Sized extends StepCursor {
        Sized(TickSource ticks) {
            super(ticks);
        }

        void size(int steps) {
            setSize(steps);
        }
    }

    private final Sized steps = new Sized(ticks);

    @Test
    void emptyCursorCanDoNothing() {
        assertThat(steps.canPlayProperty().get()).isFalse();
        steps.play();
        steps.stepForward();
        assertThat(steps.isPlaying()).isFalse();
        assertThat(steps.getCursor()).isEqualTo(-1);
    }

    @Test
    void aSmallerSizeMovesTheCursorToTheNewLastStepAndALargerOneKeepsIt() {
        steps.size(10);
        steps.jumpTo(7);
        steps.size(12);
        assertThat(steps.getCursor()).isEqualTo(7);
        steps.size(4);
        assertThat(steps.getCursor()).isEqualTo(3);
        assertThat(steps.canStepForwardProperty().get()).isFalse();
    }

    @Test
    void playingStopsWhenTheSizeShrinksToTheCursor() {
        steps.size(10);
        steps.jumpTo(2);
        steps.play();
        steps.size(3);
        assertThat(steps.isPlaying()).isFalse();
        assertThat(ticks.isRunning()).isFalse();
    }

    @Test
    void playsOneStepPerIntervalAtTheChosenSpeedAndStopsAtTheEnd() {
        steps.size(5);
        steps.setSpeed(2.0);
        steps.play();
        ticks.tick(StepCursor.STEP_AT_NORMAL_SPEED.dividedBy(2).multipliedBy(3));
        assertThat(steps.getCursor()).isEqualTo(2);
        ticks.tick(StepCursor.STEP_AT_NORMAL_SPEED.multipliedBy(10));
        assertThat(steps.getCursor()).isEqualTo(4);
        assertThat(steps.isPlaying()).isFalse();
    }
}
