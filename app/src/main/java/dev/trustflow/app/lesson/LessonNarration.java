package dev.trustflow.app.lesson;

import dev.trustflow.app.player.Player;
import dev.trustflow.sim.lesson.Lesson;
import dev.trustflow.sim.lesson.NarrationTrack;
import dev.trustflow.sim.trace.Trace;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;

/**
 * Keeps the narration line in step with the player: the selected lesson's cues are bound to each new trace
 * (a what-if re-run binds again, so cues follow their events), and the text at the cursor is pushed into the
 * narration model. Before the first event the lesson's introduction screen
 * ({@link LessonIntroView}) says what the lesson is about; the line stays empty. View-model only: no nodes.
 */
public final class LessonNarration {

    private final Player player;
    private final StringProperty target;
    private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>(this, "lesson");
    private NarrationTrack track;

    public LessonNarration(Player player, StringProperty target) {
        this.player = player;
        this.target = target;
        player.traceProperty().addListener((obs, old, trace) -> rebind(trace));
        player.cursorProperty().addListener((obs, old, cursor) -> refresh());
    }

    /** The lesson being followed, or null for a plain scenario or an opened trace. */
    public void follow(Lesson next) {
        lesson.set(next);
        rebind(player.getTrace());
    }

    public ReadOnlyObjectProperty<Lesson> lessonProperty() {
        return lesson.getReadOnlyProperty();
    }

    private void rebind(Trace trace) {
        Lesson current = lesson.get();
        boolean matches = current != null && trace != null && current.scenario().equals(trace.scenario());
        track = matches ? NarrationTrack.bind(current.narration(), trace) : null;
        refresh();
    }

    private void refresh() {
        Lesson current = lesson.get();
        if (track == null || current == null) {
            target.set("");
            return;
        }
        int cursor = player.getCursor();
        target.set(cursor < 0 ? "" : track.textAt(cursor).orElse(""));
    }
}
