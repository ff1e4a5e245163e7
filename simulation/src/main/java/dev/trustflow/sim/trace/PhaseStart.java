package dev.trustflow.sim.trace;

import java.util.Objects;

/**
 * Where a scenario said a titled part of its run begins ("Sign-in", "The thief refreshes"): the phase starts at
 * event {@code seq} and runs until the next phase starts. Recorded in the trace's {@code phases} list, beside the
 * events, so declaring phases never moves an event. Clock jumps start phases of their own that need no record
 * (see {@code dev.trustflow.sim.present.Phases}).
 *
 * @param seq   the first event of the phase
 * @param title a few words for the timeline
 */
public record PhaseStart(int seq, String title) {

    public PhaseStart {
        Objects.requireNonNull(title, "title");
    }
}
