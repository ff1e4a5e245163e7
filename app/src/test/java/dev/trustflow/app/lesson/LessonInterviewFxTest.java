package dev.trustflow.app.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.TrustFlowApp;
import dev.trustflow.app.entry.BrowserEntry;
import dev.trustflow.app.testsupport.AppFxTest;
import dev.trustflow.sim.lesson.Interview;
import dev.trustflow.sim.lesson.LessonLibrary;
import dev.trustflow.sim.lesson.LessonParser;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole app headless with the bundled lessons: stepping onto a lesson's last step shows its interview question
 * in place of the stage; Back shows the last step; the quiz's end opens it again; a plain scenario has none.
 */
class LessonInterviewFxTest extends AppFxTest {

    @TempDir
    Path home;

    @BeforeEach
    void start() throws Exception {
        launchIn(home, TrustFlowApp::new);
        await(() -> entry("lesson:jwt-anatomy") != null);
    }

    @Test
    void theLastStepOfALessonShowsItsInterviewQuestion() throws Exception {
        Interview expected = new LessonLibrary(LessonParser.withoutRuns()).loadBundled().find("jwt-anatomy").orElseThrow().interview();
        open("lesson:jwt-anatomy");
        await(() -> app.quiz().availableProperty().get());
        int last = models().player().getTrace().size() - 1;
        interact(() -> models().player().jumpTo(last - 1));
        assertThat(inScene("#lesson-interview")).isFalse();
        assertThat(inScene("#topology")).isTrue();

        type(KeyCode.RIGHT);
        assertThat(models().player().getCursor()).isEqualTo(last);
        assertThat(inScene("#lesson-interview")).as("reached by stepping").isTrue();
        assertThat(inScene("#topology")).isFalse();
        assertThat(text("#lesson-interview-question")).isEqualTo(expected.question());
        assertThat(inScene("#lesson-interview-answer")).isTrue();

        clickOn("#lesson-interview-back");
        assertThat(inScene("#lesson-interview")).isFalse();
        assertThat(inScene("#topology")).isTrue();
        assertThat(models().player().getCursor()).isEqualTo(last);

        type(KeyCode.LEFT);
        type(KeyCode.RIGHT);
        assertThat(inScene("#lesson-interview")).as("reached again").isTrue();
        clickOn("#lesson-interview-quiz");
        assertThat(inScene("#quiz")).isTrue();
        interact(() -> {
            var quiz = app.quiz().quiz();
            while (!quiz.isFinished()) {
                quiz.select(quiz.getQuestion().answerIndex());
                quiz.submit();
                quiz.next();
            }
        });
        clickOn("#quiz-interview");
        assertThat(inScene("#quiz")).isFalse();
        assertThat(text("#lesson-interview-question")).isEqualTo(expected.question());
    }

    @Test
    void aScenarioWithoutALessonShowsNone() throws Exception {
        open("jwt-anatomy");
        await(() -> models().player().getTrace() != null);
        type(KeyCode.END);
        assertThat(models().player().getCursor()).isEqualTo(models().player().getTrace().size() - 1);
        assertThat(inScene("#lesson-interview")).isFalse();
        assertThat(inScene("#topology")).isTrue();
    }

    private boolean inScene(String query) {
        Node node = lookup(query).tryQuery().orElse(null);
        return node != null && node.getScene() != null && node.isVisible();
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }

    private BrowserEntry entry(String id) {
        return models().session().entries().stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }

    private void open(String id) throws Exception {
        BrowserEntry entry = entry(id);
        interact(() -> models().session().select(entry));
        await(() -> models().player().getTrace() != null && models().player().getTrace().scenario()
                .equals(id.replace("lesson:", "")));
    }
}
