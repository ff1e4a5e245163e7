package dev.trustflow.app.lesson;

import dev.trustflow.app.player.Player;
import dev.trustflow.sim.lesson.Interview;
import dev.trustflow.sim.lesson.Lesson;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;

/**
 * A lesson's last screen, "In an interview": the interview question its topic raises and a model answer, shown in
 * place of the stage when the player reaches the last step of the lesson's own run (by playing or stepping), or
 * when the student asks for it at the end of the quiz. Putting it aside shows the last step again; any move of the
 * cursor, another run or another lesson starts over (reaching the end again shows it again). A lesson without an
 * interview, or a run that is not its own, has none. No nodes.
 */
public final class LessonInterviewModel {

    private final ObservableValue<Lesson> lesson;
    private final BooleanProperty asked = new SimpleBooleanProperty(this, "asked");
    private final BooleanProperty putAside = new SimpleBooleanProperty(this, "putAside");
    private final BooleanBinding available;
    private final BooleanBinding showing;

    public LessonInterviewModel(ObservableValue<Lesson> lesson, Player player) {
        this.lesson = lesson;
        available = Bindings.createBooleanBinding(() -> {
            Lesson current = lesson.getValue();
            return current != null && current.interview() != null && player.getTrace() != null
                    && current.scenario().equals(player.getTrace().scenario());
        }, lesson, player.traceProperty());
        BooleanBinding atLastStep = Bindings.createBooleanBinding(() -> player.getTrace() != null
                && player.getCursor() >= 0 && player.getCursor() == player.sizeProperty().get() - 1,
                player.traceProperty(), player.cursorProperty(), player.sizeProperty());
        showing = available.and(asked.or(atLastStep.and(putAside.not())));
        player.cursorProperty().addListener((obs, old, now) -> startOver());
        player.traceProperty().addListener((obs, old, now) -> startOver());
        lesson.addListener((obs, old, now) -> startOver());
    }

    /** Whether the interview is the screen now. */
    public BooleanBinding showingProperty() {
        return showing;
    }

    public boolean isShowing() {
        return showing.get();
    }

    /** The lesson has an interview and the player shows the lesson's own run. */
    public BooleanBinding availableProperty() {
        return available;
    }

    public ObservableValue<Lesson> lessonProperty() {
        return lesson;
    }

    /** Shows the interview wherever the cursor stands (from the end of the quiz); nothing when there is none. */
    public void open() {
        if (available.get()) {
            putAside.set(false);
            asked.set(true);
        }
    }

    /** Back to the stage at the step the student stands on; the interview comes back when the end is reached again. */
    public void putAside() {
        asked.set(false);
        putAside.set(true);
    }

    /** The question an interviewer asks about the lesson's topic. */
    public String question() {
        Interview interview = interview();
        return interview == null ? "" : interview.question().strip();
    }

    /** The model answer, as its author wrote it (light Markdown). */
    public String answer() {
        Interview interview = interview();
        return interview == null ? "" : interview.answer().strip();
    }

    private Interview interview() {
        Lesson current = lesson.getValue();
        return current == null ? null : current.interview();
    }

    private void startOver() {
        asked.set(false);
        putAside.set(false);
    }
}
