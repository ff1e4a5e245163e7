package dev.trustflow.app.player;

import java.time.Duration;
import java.util.function.LongConsumer;

/** A tick source advanced by hand, so that playback in tests is deterministic. */
public final class ManualTickSource implements TickSource {

    private LongConsumer onTick;

    @Override
    public void start(LongConsumer onTick) {
        this.onTick = onTick;
    }

    @Override
    public void stop() {
        onTick = null;
    }

    public boolean isRunning() {
        return onTick != null;
    }

    /** Lets {@code elapsed} wall-clock time pass, if started. */
    public void tick(Duration elapsed) {
        if (onTick != null) {
            onTick.accept(elapsed.toNanos());
        }
    }
}
