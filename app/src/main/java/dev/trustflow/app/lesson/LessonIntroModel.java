package dev.trustflow.app.lesson;

import dev.trustflow.app.player.Player;
import dev.trustflow.sim.lesson.Lesson;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;

/**
 * The first screen of a lesson: its introduction (the Markdown body of the lesson file) and its objectives,
 * shown in place of the stage while the lesson's own run is loaded and the cursor stands before the first step.
 * Stepping or playing leaves it; Home (before the first step) brings it back. No nodes.
 */
public final class LessonIntroModel {

    private final ObservableValue<Lesson> lesson;
    private final Player player;
    private final BooleanBinding showing;

    public LessonIntroModel(ObservableValue<Lesson> lesson, Player player) {
        this.lesson = lesson;
        this.player = player;
        showing = Bindings.createBooleanBinding(() -> {
            Lesson current = lesson.getValue();
            return current != null && player.getTrace() != null
                    && current.scenario().equals(player.getTrace().scenario()) && player.getCursor() < 0;
        }, lesson, player.traceProperty(), player.cursorProperty());
    }

    /** Whether the introduction is the screen now. */
    public BooleanBinding showingProperty() {
        return showing;
    }

    public boolean isShowing() {
        return showing.get();
    }

    public ObservableValue<Lesson> lessonProperty() {
        return lesson;
    }

    /** The heading above the introduction: the lesson's title. */
    public String title() {
        Lesson current = lesson.getValue();
        return current == null ? "" : current.title();
    }

    /** {@code Lesson 2 · beginner · 15 min}. */
    public String subtitle() {
        Lesson current = lesson.getValue();
        return current == null ? "" : LessonText.subtitle(current);
    }

    /** What the student will be able to do, one sentence each. */
    public List<String> objectives() {
        Lesson current = lesson.getValue();
        return current == null ? List.of() : current.objectives().stream().map(String::strip).toList();
    }

    /** The lesson file's Markdown body, as its author wrote it. */
    public String body() {
        Lesson current = lesson.getValue();
        return current == null ? "" : current.body();
    }

    /** Starts the lesson: the first step. */
    public void begin() {
        if (isShowing()) {
            player.stepForward();
        }
    }
}
