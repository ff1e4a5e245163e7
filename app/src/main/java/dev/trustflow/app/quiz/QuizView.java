package dev.trustflow.app.quiz;

import dev.trustflow.app.markdown.MarkdownRenderer;
import dev.trustflow.sim.lesson.QuizQuestion;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The quiz in place of the stage: the question, its choices as cards, Submit then the revealed answer (every
 * choice's why), Next, and at the end the score with Retry. Keys: 1-6 pick, Enter submits or goes on, R retries
 * once finished, Esc goes back to the lesson. The view keeps the keyboard focus, so its buttons do not take it.
 */
public final class QuizView extends BorderPane {

    private static final PseudoClass RIGHT = PseudoClass.getPseudoClass("right");

    private final QuizLauncher launcher;
    private final QuizViewModel quiz;
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final VBox choices = new VBox();
    private final List<QuizChoiceCard> cards = new ArrayList<>();
    private final ScrollPane scroll;

    public QuizView(QuizLauncher launcher) {
        this.launcher = launcher;
        this.quiz = launcher.quiz();
        getStyleClass().add("quiz");
        setId("quiz");
        setFocusTraversable(true);

        Label kicker = new Label("Quiz");
        kicker.getStyleClass().add("quiz-kicker");
        Label title = new Label();
        title.setId("quiz-title");
        title.getStyleClass().add("quiz-title");
        title.textProperty().bind(quiz.titleProperty());
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        VBox heading = new VBox(kicker, title);
        HBox.setHgrow(heading, Priority.ALWAYS);
        Label progress = new Label();
        progress.setId("quiz-progress");
        progress.getStyleClass().add("quiz-progress");
        progress.setMinWidth(Region.USE_PREF_SIZE);
        progress.textProperty().bind(Bindings.when(quiz.finishedProperty()).then("").otherwise(quiz.progressProperty()));
        Button back = button("Back to the lesson", "quiz-back");
        back.setOnAction(e -> launcher.close());
        back.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(heading, progress, back);
        header.getStyleClass().add("quiz-header");

        Label question = new Label();
        question.setId("quiz-question");
        question.getStyleClass().add("quiz-question");
        question.setWrapText(true);
        question.setMinHeight(Region.USE_PREF_SIZE);
        question.textProperty().bind(Bindings.createStringBinding(
                () -> quiz.getQuestion() == null ? "" : quiz.getQuestion().question(), quiz.questionProperty()));
        choices.getStyleClass().add("quiz-choices");
        Label verdict = new Label();
        verdict.setId("quiz-verdict");
        verdict.getStyleClass().add("quiz-verdict");
        verdict.textProperty().bind(quiz.verdictProperty());
        verdict.visibleProperty().bind(quiz.revealedProperty());
        verdict.managedProperty().bind(verdict.visibleProperty());
        quiz.lastRightProperty().addListener((obs, was, right) -> verdict.pseudoClassStateChanged(RIGHT, right));
        VBox body = new VBox(question, verdict, choices);
        body.getStyleClass().add("quiz-body");
        scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFocusTraversable(false);
        scroll.getStyleClass().add("quiz-scroll");

        Label hint = new Label();
        hint.getStyleClass().add("quiz-hint");
        hint.setWrapText(true);
        HBox.setHgrow(hint, Priority.ALWAYS);
        Button submit = button("Submit", "quiz-submit");
        submit.getStyleClass().add("accent");
        submit.disableProperty().bind(quiz.canSubmitProperty().not());
        submit.visibleProperty().bind(quiz.revealedProperty().not());
        submit.managedProperty().bind(submit.visibleProperty());
        submit.setOnAction(e -> quiz.submit());
        Button next = button("", "quiz-next");
        next.getStyleClass().add("accent");
        next.textProperty().bind(quiz.nextTextProperty());
        next.visibleProperty().bind(quiz.canNextProperty());
        next.managedProperty().bind(next.visibleProperty());
        next.setOnAction(e -> quiz.next());
        HBox footer = new HBox(hint, submit, next);
        footer.getStyleClass().add("quiz-footer");

        VBox asking = new VBox(scroll, footer);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        asking.visibleProperty().bind(quiz.finishedProperty().not());
        QuizScorePane score = new QuizScorePane(quiz, launcher);
        score.visibleProperty().bind(quiz.finishedProperty());
        setTop(header);
        setCenter(new StackPane(asking, score));

        quiz.questionProperty().addListener((obs, old, now) -> rebuild(now));
        quiz.selectedProperty().addListener((obs, old, now) -> refresh());
        quiz.revealedProperty().addListener((obs, old, now) -> refresh());
        hint.textProperty().bind(Bindings.createStringBinding(this::hintText, quiz.revealedProperty(),
                quiz.questionProperty()));
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        setOnMouseClicked(e -> requestFocus());
        rebuild(quiz.getQuestion());
    }

    private static Button button(String text, String id) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("quiz-button");
        button.setFocusTraversable(false);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private String hintText() {
        if (quiz.isRevealed()) {
            return "Enter: go on · Esc: back to the lesson";
        }
        QuizQuestion current = quiz.getQuestion();
        int count = current == null ? 0 : current.choices().size();
        return "Press 1–" + count + " or click to choose, Enter to submit";
    }

    private void rebuild(QuizQuestion question) {
        cards.clear();
        if (question != null) {
            for (int i = 0; i < question.choices().size(); i++) {
                cards.add(new QuizChoiceCard(i, question.choices().get(i).text(), quiz, markdown));
            }
        }
        choices.getChildren().setAll(cards);
        scroll.setVvalue(0);
        refresh();
    }

    private void refresh() {
        List<ChoiceReview> reviews = quiz.reviews();
        for (int i = 0; i < cards.size(); i++) {
            cards.get(i).update(quiz.selectedProperty().get(), i < reviews.size() ? reviews.get(i) : null);
        }
    }

    private void onKey(KeyEvent event) {
        KeyCode code = event.getCode();
        int digit = digit(code);
        if (digit > 0) {
            quiz.select(digit - 1);
        } else if (code == KeyCode.ENTER) {
            quiz.advance();
        } else if (code == KeyCode.R && quiz.isFinished()) {
            quiz.retry();
        } else if (code == KeyCode.ESCAPE) {
            launcher.close();
        } else {
            return;
        }
        event.consume();
    }

    private static int digit(KeyCode code) {
        if (code.isDigitKey()) {
            String name = code.getName();
            int value = Character.digit(name.charAt(name.length() - 1), 10);
            return value >= 1 && value <= 6 ? value : -1;
        }
        return -1;
    }
}
