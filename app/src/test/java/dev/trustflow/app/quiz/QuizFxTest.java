package dev.trustflow.app.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.TrustFlowApp;
import dev.trustflow.app.entry.BrowserEntry;
import dev.trustflow.app.testsupport.AppFxTest;
import dev.trustflow.sim.lesson.LessonLibrary;
import dev.trustflow.sim.lesson.LessonParser;
import dev.trustflow.sim.lesson.QuizQuestion;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole app headless with the bundled lessons: a student selects a lesson, goes to its end, takes the quiz
 * with the keyboard and the mouse, sees every explanation and the score; a teacher hides quizzes.
 */
class QuizFxTest extends AppFxTest {

    private static final String LESSON = "Anatomy of a JWT: signed, not encrypted";

    /** The app keeps settings and progress in its config folder: a fresh one per test, never the user's. */
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path home;

    @BeforeEach
    void start() throws Exception {
        launchIn(home, TrustFlowApp::new);
        await(() -> entry("lesson:jwt-anatomy") != null);
    }

    /** In the scene, and neither it nor any parent hidden. */
    private boolean showing(String query) {
        Node node = lookup(query).tryQuery().orElse(null);
        if (node == null || node.getScene() == null) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }

    private void openLessonAtItsEnd() throws Exception {
        pick("lesson:jwt-anatomy");
        await(() -> models().player().getTrace() != null && app.quiz().availableProperty().get());
        assertThat(showing("#lesson-intro")).as("a lesson opens on its introduction").isTrue();
        assertThat(lookup("#lesson-intro-title").queryAs(Label.class).getText()).startsWith("Anatomy of a JWT");
        assertThat(showing("#lesson-intro-body")).isTrue();
        type(KeyCode.RIGHT);
        assertThat(showing("#lesson-intro")).isFalse();
        assertThat(lookup("#quiz-open").queryButton().getText()).isEqualTo("Quiz");
        assertThat(showing("#quiz-invitation")).isFalse();
        type(KeyCode.END);
        assertThat(showing("#lesson-interview")).as("the lesson ends with its interview").isTrue();
        clickOn("#lesson-interview-back");
        assertThat(showing("#quiz-invitation")).isTrue();
        assertThat(lookup("#quiz-open").queryButton().getText()).isEqualTo("Take the quiz");
    }

    @Test
    void takeTheQuizByKeyboardAndMouseToTheScoreThenRetry() throws Exception {
        openLessonAtItsEnd();
        Shots.take(this, "lesson-end");
        clickOn("#quiz-open");
        assertThat(showing("#quiz")).isTrue();
        assertThat(lookup("#topology").tryQuery().map(n -> n.getScene() != null).orElse(false)).isFalse();
        QuizViewModel quiz = app.quiz().quiz();
        List<QuizQuestion> questions = new LessonLibrary(LessonParser.withoutRuns()).loadBundled().lessons().stream()
                .filter(l -> l.title().equals(LESSON)).findFirst().orElseThrow().quiz();
        assertThat(quiz.titleProperty().get()).isEqualTo(LESSON);
        Shots.take(this, "quiz-question");

        int right = 0;
        List<List<String>> firstOrder = new java.util.ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            QuizQuestion question = quiz.getQuestion();
            firstOrder.add(shownChoices(question.choices().size()));
            assertThat(question.question()).isEqualTo(questions.get(i).question());
            assertThat(text("#quiz-question")).isEqualTo(question.question());
            assertThat(text("#quiz-progress")).isEqualTo("Question " + (i + 1) + " of " + questions.size());
            assertThat(lookup("#quiz-submit").queryButton().isDisabled()).isTrue();
            boolean answerRight = i != 1;
            int pick = answerRight ? question.answerIndex() : (question.answerIndex() + 1) % question.choices().size();
            if (i % 2 == 0) {
                type(digit(pick + 1));
                type(KeyCode.ENTER);
            } else {
                clickOn("#quiz-choice-" + (pick + 1));
                clickOn("#quiz-submit");
            }
            right += answerRight ? 1 : 0;
            assertThat(text("#quiz-verdict")).startsWith(answerRight ? "✓ Right!" : "✗ Not quite");
            for (int c = 0; c < question.choices().size(); c++) {
                assertThat(showing("#quiz-verdict-" + (c + 1))).isTrue();
                assertThat(markdownText("#quiz-choice-" + (c + 1)))
                        .contains(question.choices().get(c).why().strip().split("\\s+")[0]);
            }
            assertThat(text("#quiz-verdict-" + (question.answerIndex() + 1))).isIn("Your answer: right", "Right answer");
            if (i == 1) {
                assertThat(text("#quiz-verdict-" + (pick + 1))).isEqualTo("Your answer: wrong");
                Shots.take(this, "quiz-revealed");
            }
            if (i % 2 == 0) {
                type(KeyCode.ENTER);
            } else {
                clickOn("#quiz-next");
            }
        }
        assertThat(showing("#quiz-score")).isTrue();
        assertThat(text("#quiz-score")).isEqualTo(right + " / " + questions.size());
        Shots.take(this, "quiz-score");

        clickOn("#quiz-retry");
        assertThat(showing("#quiz-score")).isFalse();
        assertThat(text("#quiz-question")).isEqualTo(questions.get(0).question());
        assertThat(text("#quiz-progress")).isEqualTo("Question 1 of " + questions.size());
        List<List<String>> secondOrder = new java.util.ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            secondOrder.add(shownChoices(quiz.getQuestion().choices().size()));
            interact(() -> {
                quiz.select(0);
                quiz.submit();
                quiz.next();
            });
        }
        assertThat(secondOrder).as("the choices are shuffled again for a new attempt").isNotEqualTo(firstOrder);
        for (int i = 0; i < questions.size(); i++) {
            assertThat(secondOrder.get(i)).as("question %d keeps its choices", i + 1)
                    .containsExactlyInAnyOrderElementsOf(firstOrder.get(i));
        }
        clickOn("#quiz-retry");

        type(KeyCode.ESCAPE);
        assertThat(lookup("#topology").query().getScene()).isNotNull();
        assertThat(lookup("#quiz").tryQuery().map(n -> n.getScene() != null).orElse(false)).isFalse();
        clickOn("#quiz-open");
        clickOn("#quiz-back");
        assertThat(lookup("#narration").query().getScene()).isNotNull();

        interact(() -> models().services().themes().toggleProjector());
        clickOn("#quiz-open");
        QuizQuestion shown = app.quiz().quiz().getQuestion();
        type(digit((shown.answerIndex() + 1) % shown.choices().size() + 1), KeyCode.ENTER);
        assertThat(text("#quiz-verdict")).startsWith("✗ Not quite");
        Shots.take(this, "quiz-projector");
    }

    /** The choices as the student sees them now, top to bottom. */
    private List<String> shownChoices(int count) {
        List<String> shown = new java.util.ArrayList<>();
        for (int c = 0; c < count; c++) {
            shown.add(lookup("#quiz-choice-" + (c + 1) + " .quiz-choice-radio").queryAs(RadioButton.class).getText());
        }
        return shown;
    }

    @Test
    void hiddenQuizzesHideTheButtonAndCloseTheQuiz() throws Exception {
        openLessonAtItsEnd();
        interact(() -> models().services().themes().useDark());
        clickOn("#quiz-open");
        assertThat(showing("#quiz")).isTrue();
        type(KeyCode.DIGIT1, KeyCode.ENTER);
        Shots.take(this, "quiz-dark");
        CheckMenuItem hide = (CheckMenuItem) lookup("#menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-hide-quizzes".equals(i.getId()))
                .findFirst().orElseThrow();
        clickOn("View");
        clickOn("Hide quizzes");
        assertThat(models().services().quizzes().isHideQuizzes()).isTrue();
        assertThat(lookup("#topology").query().getScene()).isNotNull();
        assertThat(showing("#quiz-prompt")).isFalse();

        interact(() -> models().services().quizzes().setHideQuizzes(false));
        assertThat(hide.isSelected()).isFalse();
        assertThat(showing("#quiz-prompt")).isTrue();
        assertThat(lookup("#quiz-open").queryAs(Button.class).getText()).isEqualTo("Take the quiz");
    }

    @Test
    void aPlainScenarioOffersNoQuiz() throws Exception {
        pick("jwt-anatomy");
        await(() -> models().player().getTrace() != null);
        assertThat(showing("#quiz-prompt")).isFalse();
    }

    private BrowserEntry entry(String id) {
        return models().session().entries().stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }

    /** Scrolls the browser to the entry and clicks its cell, as a student would. */
    private void pick(String id) {
        ListView<BrowserEntry> list = lookup("#scenario-list").queryListView();
        interact(() -> list.scrollTo(entry(id)));
        Node cell = lookup(".entry-cell").match(n -> n instanceof ListCell<?> c && c.getItem() != null
                && ((BrowserEntry) c.getItem()).id().equals(id)).query();
        clickOn(cell);
    }

    private String markdownText(String card) {
        StringBuilder all = new StringBuilder();
        lookup(card + " .md-paragraph").queryAll().forEach(flow -> ((javafx.scene.text.TextFlow) flow).getChildren()
                .forEach(t -> all.append(((javafx.scene.text.Text) t).getText())));
        return all.toString();
    }

    private static KeyCode digit(int n) {
        return KeyCode.getKeyCode(Integer.toString(n));
    }
}
