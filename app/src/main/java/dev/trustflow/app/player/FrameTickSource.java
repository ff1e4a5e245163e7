package dev.trustflow.app.player;

import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;

/** Ticks once per rendered frame (an {@link AnimationTimer}); create and use it on the FX thread. */
public final class FrameTickSource implements TickSource {

    private LongConsumer onTick;
    private long previous = -1;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (previous >= 0 && onTick != null) {
                onTick.accept(now - previous);
            }
            previous = now;
        }
    };

    @Override
    public void start(LongConsumer onTick) {
        this.onTick = onTick;
        previous = -1;
        timer.start();
    }

    @Override
    public void stop() {
        timer.stop();
        onTick = null;
    }
}
