package dev.trustflow.sim.lesson;

import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A lesson's narration laid over one trace. Each cue that applies to the trace's options (see
 * {@link NarrationCue#onlyIf()}) binds to the first event that matches its selector after the event of the
 * previous bound cue (the first cue searches from the start); a cue that finds no such event stays unbound.
 * The narration at a step is the text of the latest cue bound at or before it, its placeholders filled from the
 * event it is bound to ({@link CueText}).
 */
public final class NarrationTrack {

    /**
     * A cue, the sequence number of the event it is bound to, and its text filled from that event (a placeholder
     * the event cannot fill stays as written; {@code check-lessons} reports it).
     */
    public record Binding(NarrationCue cue, int seq, String text) {
    }

    private final List<Binding> bindings;
    private final List<NarrationCue> unbound;

    private NarrationTrack(List<Binding> bindings, List<NarrationCue> unbound) {
        this.bindings = List.copyOf(bindings);
        this.unbound = List.copyOf(unbound);
    }

    public static NarrationTrack bind(List<NarrationCue> cues, Trace trace) {
        List<Binding> bound = new ArrayList<>();
        List<NarrationCue> missed = new ArrayList<>();
        int from = 0;
        for (NarrationCue cue : cues) {
            if (!cue.appliesTo(trace.options())) {
                continue;
            }
            Optional<TraceEvent> match = firstMatch(cue.when(), trace, from);
            if (match.isPresent()) {
                bound.add(new Binding(cue, match.get().seq(),
                        CueText.fillOrKeep(cue.text(), match.get(), trace.options())));
                from = match.get().seq() + 1;
            } else {
                missed.add(cue);
            }
        }
        return new NarrationTrack(bound, missed);
    }

    /** The first event at or after {@code fromSeq} that {@code selector} matches. */
    static Optional<TraceEvent> firstMatch(EventSelector selector, Trace trace, int fromSeq) {
        List<TraceEvent> events = trace.events();
        for (int i = Math.max(0, fromSeq); i < events.size(); i++) {
            if (selector.matches(events.get(i))) {
                return Optional.of(events.get(i));
            }
        }
        return Optional.empty();
    }

    /** The bound cues, in order of their events. */
    public List<Binding> bindings() {
        return bindings;
    }

    /** The cues that apply to the trace's options but matched no event after the previous cue's event. */
    public List<NarrationCue> unbound() {
        return unbound;
    }

    /** The latest cue bound at or before {@code seq}; empty before the first cue's event. */
    public Optional<NarrationCue> cueAt(int seq) {
        return bindingAt(seq).map(Binding::cue);
    }

    /** The narration text to show at step {@code seq}, its placeholders filled. */
    public Optional<String> textAt(int seq) {
        return bindingAt(seq).map(Binding::text);
    }

    private Optional<Binding> bindingAt(int seq) {
        Binding latest = null;
        for (Binding b : bindings) {
            if (b.seq() > seq) {
                break;
            }
            latest = b;
        }
        return Optional.ofNullable(latest);
    }

    /** The sequence number a cue is bound to, or -1 when it is unbound. */
    public int seqOf(NarrationCue cue) {
        return bindings.stream().filter(b -> b.cue().equals(cue)).mapToInt(Binding::seq).findFirst().orElse(-1);
    }
}
