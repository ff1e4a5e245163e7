package dev.trustflow.app.compare;

import dev.trustflow.app.player.StepCursor;
import dev.trustflow.app.player.TickSource;

/**
 * One cursor over the aligned steps of two runs, with the same commands and pacing as the
 * {@link dev.trustflow.app.player.Player} (both are {@link StepCursor}s). Use on the FX thread only.
 */
public final class CompareTransport extends StepCursor {

    public CompareTransport(TickSource ticks) {
        super(ticks);
    }

    /** A new number of steps; the cursor stays where it was if it still fits, else moves to the last step. */
    void resize(int steps) {
        setSize(steps);
    }
}
