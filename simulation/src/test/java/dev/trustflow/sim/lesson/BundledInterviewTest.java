package dev.trustflow.sim.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every lesson that ships ends with an interview question and a model answer of about five lines. */
class BundledInterviewTest {

    private final List<Lesson> lessons = new LessonLibrary(LessonParser.withoutRuns()).loadBundled().lessons();

    @Test
    void everyBundledLessonHasAnInterview() {
        assertThat(lessons).hasSizeGreaterThanOrEqualTo(11);
        for (Lesson lesson : lessons) {
            assertThat(lesson.interviewIfAny()).as(lesson.id()).isPresent();
        }
    }

    @Test
    void eachIsOneQuestionAndAnAnswerOfAboutFiveSentences() {
        for (Lesson lesson : lessons) {
            Interview interview = lesson.interview();
            assertThat(interview.question()).as(lesson.id()).endsWith("?").doesNotContain("\n");
            long sentences = interview.answer().split("(?<=[.!?])\\s+").length;
            assertThat(sentences).as("%s: sentences in the answer", lesson.id()).isBetween(4L, 8L);
        }
    }

    @Test
    void noTwoLessonsAskTheSameQuestion() {
        assertThat(lessons.stream().map(l -> l.interview().question()).distinct().count()).isEqualTo(lessons.size());
    }
}
