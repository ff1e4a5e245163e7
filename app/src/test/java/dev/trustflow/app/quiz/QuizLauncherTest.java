package dev.trustflow.app.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.player.ManualTickSource;
import dev.trustflow.app.player.Player;
import dev.trustflow.app.testsupport.Traces;
import dev.trustflow.sim.lesson.Lesson;
import dev.trustflow.sim.lesson.LessonLibrary;
import dev.trustflow.sim.lesson.LessonParser;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** When the quiz is offered, opened, resumed and closed. */
class QuizLauncherTest {

    private static List<Lesson> lessons;
    private final SimpleObjectProperty<Lesson> lesson = new SimpleObjectProperty<>();
    private final Player player = new Player(new ManualTickSource());
    private final QuizSettings settings = new QuizSettings();
    private final QuizLauncher launcher = new QuizLauncher(lesson, player, settings);

    @BeforeAll
    static void load() {
        lessons = new LessonLibrary(LessonParser.withoutRuns()).loadBundled().lessons();
    }

    @Test
    void offeredForALessonAndInvitingAtItsLastStep() {
        assertThat(launcher.availableProperty().get()).isFalse();
        launcher.openQuiz();
        assertThat(launcher.isOpen()).isFalse();

        lesson.set(lessons.get(0));
        assertThat(launcher.availableProperty().get()).isTrue();
        assertThat(launcher.buttonTextProperty().get()).isEqualTo("Quiz");
        player.load(Traces.courier());
        assertThat(launcher.atLessonEndProperty().get()).isFalse();
        player.end();
        assertThat(launcher.atLessonEndProperty().get()).isTrue();
        assertThat(launcher.buttonTextProperty().get()).isEqualTo("Take the quiz");
        player.stepBack();
        assertThat(launcher.atLessonEndProperty().get()).isFalse();
    }

    @Test
    void theQuizsEndLeadsToTheLessonsInterviewWhenItHasOne() {
        int[] opened = {0};
        launcher.onInterview(() -> opened[0]++);
        Lesson withInterview = lessons.get(0);
        lesson.set(new Lesson(withInterview.id(), withInterview.title(), withInterview.order(), withInterview.topic(),
                withInterview.level(), withInterview.minutes(), withInterview.objectives(), withInterview.scenario(),
                withInterview.options(), withInterview.whatIfs(), withInterview.narration(), withInterview.quiz(),
                withInterview.body(), withInterview.source()));
        assertThat(launcher.interviewAvailableProperty().get()).as("a lesson without one").isFalse();
        launcher.openQuiz();
        launcher.openInterview();
        assertThat(opened[0]).isZero();
        assertThat(launcher.isOpen()).isTrue();

        lesson.set(withInterview);
        assertThat(launcher.interviewAvailableProperty().get()).isTrue();
        launcher.openQuiz();
        launcher.openInterview();
        assertThat(opened[0]).isEqualTo(1);
        assertThat(launcher.isOpen()).as("the interview takes the quiz's place").isFalse();
    }

    @Test
    void opensTheLessonsQuizAndResumesWhereTheStudentLeftIt() {
        lesson.set(lessons.get(0));
        launcher.openQuiz();
        assertThat(launcher.isOpen()).isTrue();
        assertThat(launcher.quiz().getQuestion().question()).isEqualTo(lessons.get(0).quiz().get(0).question());
        launcher.quiz().select(0);
        launcher.quiz().submit();
        launcher.quiz().next();
        launcher.close();
        assertThat(launcher.isOpen()).isFalse();

        launcher.openQuiz();
        assertThat(launcher.quiz().indexProperty().get()).isEqualTo(1);

        lesson.set(lessons.get(1));
        assertThat(launcher.isOpen()).isFalse();
        launcher.openQuiz();
        assertThat(launcher.quiz().getQuestion().question()).isEqualTo(lessons.get(1).quiz().get(0).question());
        assertThat(launcher.quiz().titleProperty().get()).isEqualTo(lessons.get(1).title());
    }

    @Test
    void tellsWhichLessonsQuizWasFinishedWithWhatScore() {
        List<String> heard = new java.util.ArrayList<>();
        launcher.onFinished((finished, score) -> heard.add(finished.id() + " " + score.text()));
        Lesson second = lessons.get(1);
        lesson.set(second);
        launcher.openQuiz();
        for (int i = 0; i < second.quiz().size(); i++) {
            launcher.quiz().select(launcher.quiz().getQuestion().answerIndex());
            launcher.quiz().advance();
            launcher.quiz().advance();
        }
        assertThat(heard).containsExactly(second.id() + " " + second.quiz().size() + " / " + second.quiz().size());
    }

    @Test
    void hidingQuizzesClosesTheQuizAndWithdrawsTheOffer() {
        lesson.set(lessons.get(0));
        launcher.openQuiz();
        settings.toggleHideQuizzes();
        assertThat(launcher.isOpen()).isFalse();
        assertThat(launcher.availableProperty().get()).isFalse();
        launcher.openQuiz();
        assertThat(launcher.isOpen()).isFalse();
        settings.setHideQuizzes(false);
        assertThat(launcher.availableProperty().get()).isTrue();
    }
}
