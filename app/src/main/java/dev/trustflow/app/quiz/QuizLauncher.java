package dev.trustflow.app.quiz;

import dev.trustflow.app.player.Player;
import dev.trustflow.sim.lesson.Lesson;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import java.util.function.BiConsumer;
import javafx.beans.value.ObservableValue;

/**
 * Offers the selected lesson's quiz: a Quiz button whenever a lesson with questions is followed (and quizzes are
 * not hidden), "Take the quiz" once the player reaches the lesson's last step; opens and closes the quiz, which
 * the window shows in place of the stage. Another lesson, or hiding quizzes, closes it. No nodes.
 */
public final class QuizLauncher {

    private final ObservableValue<Lesson> lesson;
    private final QuizSettings settings;
    private final QuizViewModel quiz = new QuizViewModel();
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final BooleanBinding available;
    private final BooleanBinding atLessonEnd;
    private final StringBinding buttonText;
    private final BooleanBinding interviewAvailable;
    private Runnable interviewOpener = () -> { };
    private Lesson loaded;

    public QuizLauncher(ObservableValue<Lesson> lesson, Player player, QuizSettings settings) {
        this.lesson = lesson;
        this.settings = settings;
        available = Bindings.createBooleanBinding(() -> lesson.getValue() != null
                && !lesson.getValue().quiz().isEmpty() && !settings.isHideQuizzes(), lesson, settings.hideQuizzesProperty());
        atLessonEnd = available.and(Bindings.createBooleanBinding(() -> player.getTrace() != null
                && player.getCursor() >= 0 && player.getCursor() == player.sizeProperty().get() - 1,
                player.traceProperty(), player.cursorProperty(), player.sizeProperty()));
        buttonText = Bindings.when(atLessonEnd).then("Take the quiz").otherwise("Quiz");
        interviewAvailable = Bindings.createBooleanBinding(() -> lesson.getValue() != null
                && lesson.getValue().interview() != null, lesson);
        lesson.addListener((obs, old, now) -> {
            loaded = null;
            close();
        });
        available.addListener((obs, was, is) -> {
            if (!is) {
                close();
            }
        });
    }

    /** Opens the lesson's quiz: where the student left it, or from the start for a lesson not begun. */
    public void openQuiz() {
        if (!available.get()) {
            return;
        }
        Lesson current = lesson.getValue();
        if (current != loaded) {
            loaded = current;
            quiz.load(current.title(), current.quiz());
        }
        open.set(true);
    }

    /** Back to the lesson; the quiz keeps its answers until another lesson is chosen. */
    public void close() {
        open.set(false);
    }

    /** Leaves the quiz for the lesson's "In an interview" screen, which {@link #onInterview} opens. */
    public void openInterview() {
        if (interviewAvailable.get()) {
            close();
            interviewOpener.run();
        }
    }

    /** What opens the lesson's interview screen (the window wires the lesson's interview model here). */
    public void onInterview(Runnable opener) {
        this.interviewOpener = opener;
    }

    /** The lesson ends with an interview question, so the quiz's end offers it. */
    public BooleanBinding interviewAvailableProperty() {
        return interviewAvailable;
    }

    /** Called with the lesson and its score each time one of its quizzes is finished (saved progress listens). */
    public void onFinished(BiConsumer<Lesson, QuizScore> listener) {
        quiz.onFinished(score -> listener.accept(loaded, score));
    }

    public QuizViewModel quiz() {
        return quiz;
    }

    public QuizSettings settings() {
        return settings;
    }

    /** Whether the quiz is showing in place of the stage. */
    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public boolean isOpen() {
        return open.get();
    }

    /** A lesson with questions is followed and quizzes are not hidden. */
    public BooleanBinding availableProperty() {
        return available;
    }

    /** Available, and the player stands on the lesson's last step. */
    public BooleanBinding atLessonEndProperty() {
        return atLessonEnd;
    }

    /** "Quiz", or "Take the quiz" at the lesson's end. */
    public StringBinding buttonTextProperty() {
        return buttonText;
    }
}
