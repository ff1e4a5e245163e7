package dev.trustflow.sim.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled lessons' quizzes give nothing away by form: neither the length of a choice nor its position tells
 * the right answer.
 */
class BundledQuizTest {

    private final List<Lesson> lessons = new LessonLibrary(LessonParser.withoutRuns()).loadBundled().lessons();

    @Test
    void everyBundledLessonIsLoaded() {
        assertThat(lessons).hasSizeGreaterThanOrEqualTo(11);
    }

    @Test
    void noQuizEarnsAdvice() {
        for (Lesson lesson : lessons) {
            assertThat(QuizAdvice.of(lesson)).as(lesson.id()).isEmpty();
        }
    }

    @Test
    void theRightAnswerIsTheLongestChoiceInAtMostAThirdOfEachQuiz() {
        for (Lesson lesson : lessons) {
            long longest = lesson.quiz().stream().filter(QuizAdvice::answerIsLongest).count();
            assertThat(longest * 3).as("%s: right answer longest in %d of %d", lesson.id(), longest,
                    lesson.quiz().size()).isLessThanOrEqualTo(lesson.quiz().size());
        }
    }

    @Test
    void theRightAnswerIsNotAlwaysAtTheSamePosition() {
        for (Lesson lesson : lessons) {
            long positions = lesson.quiz().stream().mapToInt(QuizQuestion::answerIndex).distinct().count();
            assertThat(positions).as("%s: distinct positions of the right answer", lesson.id()).isGreaterThan(1);
        }
    }
}
