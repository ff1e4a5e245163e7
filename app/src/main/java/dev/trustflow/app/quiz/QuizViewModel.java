package dev.trustflow.app.quiz;

import dev.trustflow.sim.lesson.QuizChoice;
import dev.trustflow.sim.lesson.QuizQuestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A quiz, one question at a time: the student picks a choice and submits it; the answer is then revealed (right
 * or wrong, and the {@code why} of every choice); next question; at the end the score. Retry starts again with
 * the same questions, each with its choices in a new order: every attempt shuffles them from a seed (the quiz's
 * seed and the attempt number), so an order is reproducible but no position can be learned. The answer is kept
 * by identity (the choice marked correct moves with its text). No nodes: the view binds to the properties and
 * calls the methods.
 */
public final class QuizViewModel {

    /** How often a question is reshuffled at most to get an order different from its previous attempt's. */
    private static final int RESHUFFLES = 16;

    private final LongSupplier seeds;
    private final List<QuizQuestion> original = new ArrayList<>();
    private final List<QuizQuestion> questions = new ArrayList<>();
    private long seed;
    private int attempt;
    private final List<Consumer<QuizScore>> finishedListeners = new ArrayList<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", 0);
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total", 0);
    private final ReadOnlyObjectWrapper<QuizQuestion> question = new ReadOnlyObjectWrapper<>(this, "question");
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(this, "selected", -1);
    private final ReadOnlyBooleanWrapper revealed = new ReadOnlyBooleanWrapper(this, "revealed");
    private final ReadOnlyBooleanWrapper lastRight = new ReadOnlyBooleanWrapper(this, "lastRight");
    private final ReadOnlyIntegerWrapper correct = new ReadOnlyIntegerWrapper(this, "correct", 0);
    private final ReadOnlyObjectWrapper<QuizScore> score = new ReadOnlyObjectWrapper<>(this, "score");
    private final ObservableList<ChoiceReview> reviews = FXCollections.observableArrayList();
    private final ObservableList<ChoiceReview> reviewsView = FXCollections.unmodifiableObservableList(reviews);
    private final BooleanBinding finished = score.isNotNull();
    private final BooleanBinding canSubmit = selected.greaterThanOrEqualTo(0).and(revealed.not()).and(finished.not());
    private final BooleanBinding canNext = revealed.and(finished.not());
    private final StringBinding progress = Bindings.createStringBinding(
            () -> total.get() == 0 ? "" : "Question " + (index.get() + 1) + " of " + total.get(), index, total);
    private final StringBinding verdict = Bindings.createStringBinding(this::verdictText, revealed, lastRight);
    private final StringBinding nextText = Bindings.createStringBinding(
            () -> index.get() + 1 >= total.get() ? "See your score" : "Next question", index, total);

    /** A quiz whose choice orders come from {@code seeds} (one seed drawn per loaded quiz). */
    public QuizViewModel(LongSupplier seeds) {
        this.seeds = Objects.requireNonNull(seeds, "seeds");
    }

    /** A quiz seeded from the wall clock: a new order every time a student opens it. */
    public QuizViewModel() {
        this(System::nanoTime);
    }

    /** Starts {@code quiz} (titled {@code name}) from its first question; earlier answers are dropped. */
    public void load(String name, List<QuizQuestion> quiz) {
        title.set(Objects.requireNonNullElse(name, ""));
        original.clear();
        original.addAll(quiz);
        questions.clear();
        total.set(original.size());
        seed = seeds.getAsLong();
        attempt = 0;
        retry();
    }

    /** Back to the first question, every answer and the score reset; every question's choices in a new order. */
    public void retry() {
        shuffle();
        correct.set(0);
        score.set(null);
        show(0);
        if (questions.isEmpty()) {
            finish();
        }
    }

    /** Picks choice {@code choice} (0-based) of the current question; ignored once the answer is revealed. */
    public void select(int choice) {
        QuizQuestion current = question.get();
        if (current == null || revealed.get() || isFinished() || choice < 0 || choice >= current.choices().size()) {
            return;
        }
        selected.set(choice);
    }

    /** Submits the picked choice and reveals the answer. */
    public void submit() {
        if (!canSubmit.get()) {
            return;
        }
        QuizQuestion current = question.get();
        boolean right = current.choices().get(selected.get()).correct();
        if (right) {
            correct.set(correct.get() + 1);
        }
        lastRight.set(right);
        List<ChoiceReview> all = new ArrayList<>();
        for (int i = 0; i < current.choices().size(); i++) {
            QuizChoice choice = current.choices().get(i);
            all.add(new ChoiceReview(i + 1, choice.text(), choice.correct(), i == selected.get(), choice.why()));
        }
        reviews.setAll(all);
        revealed.set(true);
    }

    /** After a revealed answer: the next question, or the score after the last one. */
    public void next() {
        if (!canNext.get()) {
            return;
        }
        if (index.get() + 1 < questions.size()) {
            show(index.get() + 1);
        } else {
            finish();
        }
    }

    /** What Enter does: submit when a choice is picked, next when the answer is shown. */
    public void advance() {
        if (canSubmit.get()) {
            submit();
        } else {
            next();
        }
    }

    /** Called with the score each time the quiz is finished (a retry finishes it again). */
    public void onFinished(Consumer<QuizScore> listener) {
        finishedListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    private void shuffle() {
        Random random = new Random(seed * 31 + attempt++);
        for (int i = 0; i < original.size(); i++) {
            QuizQuestion before = i < questions.size() ? questions.get(i) : null;
            QuizQuestion next = original.get(i).shuffled(random);
            for (int tries = 0; before != null && next.choices().equals(before.choices()) && tries < RESHUFFLES;
                 tries++) {
                next = original.get(i).shuffled(random);
            }
            if (i < questions.size()) {
                questions.set(i, next);
            } else {
                questions.add(next);
            }
        }
    }

    private void show(int at) {
        reviews.clear();
        selected.set(-1);
        revealed.set(false);
        lastRight.set(false);
        index.set(at);
        question.set(at < questions.size() ? questions.get(at) : null);
    }

    private void finish() {
        QuizScore result = new QuizScore(correct.get(), questions.size());
        score.set(result);
        finishedListeners.forEach(listener -> listener.accept(result));
    }

    private String verdictText() {
        if (!revealed.get()) {
            return "";
        }
        if (lastRight.get()) {
            return "✓ Right!";
        }
        int answer = question.get().answerIndex() + 1;
        return "✗ Not quite: the right answer is " + answer + ".";
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<QuizQuestion> questionProperty() {
        return question.getReadOnlyProperty();
    }

    public QuizQuestion getQuestion() {
        return question.get();
    }

    /** The picked choice (0-based), or -1. */
    public ReadOnlyIntegerProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    public boolean isRevealed() {
        return revealed.get();
    }

    /** Whether the last revealed answer was right. */
    public ReadOnlyBooleanProperty lastRightProperty() {
        return lastRight.getReadOnlyProperty();
    }

    /** Right answers so far. */
    public ReadOnlyIntegerProperty correctProperty() {
        return correct.getReadOnlyProperty();
    }

    /** The score once finished, null before. */
    public ReadOnlyObjectProperty<QuizScore> scoreProperty() {
        return score.getReadOnlyProperty();
    }

    public QuizScore getScore() {
        return score.get();
    }

    /** Every choice of the current question with its {@code why}, once revealed; empty before. */
    public ObservableList<ChoiceReview> reviews() {
        return reviewsView;
    }

    public BooleanBinding finishedProperty() {
        return finished;
    }

    public boolean isFinished() {
        return finished.get();
    }

    public BooleanBinding canSubmitProperty() {
        return canSubmit;
    }

    public BooleanBinding canNextProperty() {
        return canNext;
    }

    /** {@code Question 2 of 5}. */
    public StringBinding progressProperty() {
        return progress;
    }

    /** {@code ✓ Right!} or {@code ✗ Not quite: the right answer is 2.} once revealed; empty before. */
    public StringBinding verdictProperty() {
        return verdict;
    }

    /** The label of the next button: "Next question", or "See your score" on the last question. */
    public StringBinding nextTextProperty() {
        return nextText;
    }
}
