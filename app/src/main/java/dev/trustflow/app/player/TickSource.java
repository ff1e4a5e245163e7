package dev.trustflow.app.player;

import java.util.function.LongConsumer;

/**
 * What drives auto-advance: calls back with the wall-clock nanoseconds elapsed since the previous tick.
 * The app uses {@link FrameTickSource} (one tick per frame); tests use {@link ManualTickSource}.
 */
public interface TickSource {

    /** Starts calling {@code onTick} with elapsed nanoseconds; replaces any previous callback. */
    void start(LongConsumer onTick);

    void stop();
}
