package dev.trustflow.app.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.lesson.Lesson;
import dev.trustflow.sim.lesson.LessonLibrary;
import dev.trustflow.sim.lesson.LessonParser;
import dev.trustflow.sim.lesson.QuizChoice;
import dev.trustflow.sim.lesson.QuizQuestion;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The quiz view-model on the real quiz of the bundled jwt-anatomy lesson. */
class QuizViewModelTest {

    private static Lesson lesson;
    private final QuizViewModel quiz = new QuizViewModel(() -> 7L);
    private final List<QuizScore> finished = new ArrayList<>();

    @BeforeAll
    static void loadLesson() {
        lesson = new LessonLibrary(LessonParser.withoutRuns()).loadBundled().lessons().stream()
                .filter(l -> l.id().equals("jwt-anatomy")).findFirst().orElseThrow();
    }

    @BeforeEach
    void start() {
        quiz.onFinished(finished::add);
        quiz.load(lesson.title(), lesson.quiz());
    }

    private static int wrongIndex(QuizQuestion question) {
        return question.answerIndex() == 0 ? 1 : 0;
    }

    @Test
    void startsOnTheFirstQuestionWithNothingPicked() {
        assertThat(quiz.titleProperty().get()).isEqualTo(lesson.title());
        assertThat(sameQuestion(quiz.getQuestion(), lesson.quiz().get(0))).isTrue();
        assertThat(quiz.progressProperty().get()).isEqualTo("Question 1 of " + lesson.quiz().size());
        assertThat(quiz.selectedProperty().get()).isEqualTo(-1);
        assertThat(quiz.canSubmitProperty().get()).isFalse();
        assertThat(quiz.canNextProperty().get()).isFalse();
        assertThat(quiz.reviews()).isEmpty();
        assertThat(quiz.verdictProperty().get()).isEmpty();
    }

    @Test
    void aRightAnswerIsRevealedWithTheWhyOfEveryChoice() {
        QuizQuestion first = quiz.getQuestion();
        quiz.select(first.answerIndex());
        assertThat(quiz.canSubmitProperty().get()).isTrue();
        quiz.submit();

        assertThat(quiz.isRevealed()).isTrue();
        assertThat(quiz.lastRightProperty().get()).isTrue();
        assertThat(quiz.verdictProperty().get()).isEqualTo("✓ Right!");
        assertThat(quiz.correctProperty().get()).isEqualTo(1);
        assertThat(quiz.reviews()).hasSize(first.choices().size());
        for (int i = 0; i < first.choices().size(); i++) {
            QuizChoice choice = first.choices().get(i);
            ChoiceReview review = quiz.reviews().get(i);
            assertThat(review.number()).isEqualTo(i + 1);
            assertThat(review.text()).isEqualTo(choice.text());
            assertThat(review.why()).isEqualTo(choice.why()).isNotBlank();
            assertThat(review.right()).isEqualTo(choice.correct());
            assertThat(review.picked()).isEqualTo(i == first.answerIndex());
        }
        assertThat(quiz.reviews().get(first.answerIndex()).verdict()).isEqualTo("Your answer: right");
        assertThat(quiz.canSubmitProperty().get()).isFalse();
        assertThat(quiz.canNextProperty().get()).isTrue();
    }

    @Test
    void aWrongAnswerNamesTheRightOneAndExplainsBoth() {
        QuizQuestion first = quiz.getQuestion();
        int wrong = wrongIndex(first);
        quiz.select(wrong);
        quiz.submit();

        assertThat(quiz.lastRightProperty().get()).isFalse();
        assertThat(quiz.correctProperty().get()).isZero();
        assertThat(quiz.verdictProperty().get())
                .isEqualTo("✗ Not quite: the right answer is " + (first.answerIndex() + 1) + ".");
        assertThat(quiz.reviews().get(wrong).verdict()).isEqualTo("Your answer: wrong");
        assertThat(quiz.reviews().get(wrong).why()).isEqualTo(first.choices().get(wrong).why());
        assertThat(quiz.reviews().get(first.answerIndex()).verdict()).isEqualTo("Right answer");
    }

    @Test
    void theChoiceIsFixedOnceRevealedAndKeysOutOfRangeAreIgnored() {
        QuizQuestion first = quiz.getQuestion();
        quiz.select(first.choices().size());
        assertThat(quiz.selectedProperty().get()).isEqualTo(-1);
        quiz.submit();
        assertThat(quiz.isRevealed()).isFalse();
        quiz.select(0);
        quiz.submit();
        quiz.select(1);
        assertThat(quiz.selectedProperty().get()).isZero();
        quiz.submit();
        assertThat(quiz.correctProperty().get()).isLessThanOrEqualTo(1);
    }

    @Test
    void enterGoesFromSubmitToNextToTheScore() {
        int right = 0;
        for (int i = 0; i < lesson.quiz().size(); i++) {
            QuizQuestion question = quiz.getQuestion();
            assertThat(sameQuestion(question, lesson.quiz().get(i))).isTrue();
            boolean answerRight = i % 2 == 0;
            right += answerRight ? 1 : 0;
            quiz.select(answerRight ? question.answerIndex() : wrongIndex(question));
            String expectedNext = i == lesson.quiz().size() - 1 ? "See your score" : "Next question";
            assertThat(quiz.nextTextProperty().get()).isEqualTo(expectedNext);
            quiz.advance();
            assertThat(quiz.isRevealed()).isTrue();
            assertThat(finished).isEmpty();
            quiz.advance();
        }
        assertThat(quiz.isFinished()).isTrue();
        assertThat(quiz.getScore()).isEqualTo(new QuizScore(right, lesson.quiz().size()));
        assertThat(finished).containsExactly(quiz.getScore());
        assertThat(quiz.canSubmitProperty().get()).isFalse();
        assertThat(quiz.canNextProperty().get()).isFalse();
        assertThat(quiz.getScore().remark()).startsWith(right + " of " + lesson.quiz().size() + " right");
    }

    @Test
    void retryStartsOverWithTheSameQuestionsEachWithItsChoicesInANewOrder() {
        List<QuizQuestion> firstAttempt = new ArrayList<>();
        for (int i = 0; i < lesson.quiz().size(); i++) {
            QuizQuestion question = quiz.getQuestion();
            firstAttempt.add(question);
            quiz.select(question.answerIndex());
            quiz.submit();
            quiz.next();
        }
        assertThat(quiz.getScore().perfect()).isTrue();
        assertThat(quiz.getScore().percent()).isEqualTo(100);

        quiz.retry();
        assertThat(quiz.isFinished()).isFalse();
        assertThat(quiz.getScore()).isNull();
        assertThat(quiz.correctProperty().get()).isZero();
        assertThat(quiz.indexProperty().get()).isZero();
        List<QuizQuestion> seen = new ArrayList<>();
        for (int i = 0; i < lesson.quiz().size(); i++) {
            seen.add(quiz.getQuestion());
            assertThat(quiz.selectedProperty().get()).isEqualTo(-1);
            assertThat(quiz.isRevealed()).isFalse();
            quiz.select(wrongIndex(quiz.getQuestion()));
            quiz.submit();
            quiz.next();
        }
        for (int i = 0; i < seen.size(); i++) {
            assertThat(sameQuestion(seen.get(i), lesson.quiz().get(i))).isTrue();
            assertThat(seen.get(i).choices()).as("question %d is shuffled anew", i)
                    .isNotEqualTo(firstAttempt.get(i).choices());
        }
        assertThat(quiz.getScore()).isEqualTo(new QuizScore(0, lesson.quiz().size()));
        assertThat(finished).hasSize(2);
    }

    @Test
    void theSameSeedGivesTheSameOrderAndTheAnswerMovesWithItsText() {
        QuizViewModel again = new QuizViewModel(() -> 7L);
        again.load(lesson.title(), lesson.quiz());

        assertThat(again.getQuestion()).isEqualTo(quiz.getQuestion());
        QuizQuestion shown = quiz.getQuestion();
        QuizQuestion written = lesson.quiz().get(0);
        assertThat(shown.choices().get(shown.answerIndex()))
                .isEqualTo(written.choices().get(written.answerIndex()));
    }

    @Test
    void theRightAnswerDoesNotStayInOnePlaceAcrossTheQuiz() {
        java.util.Set<Integer> positions = new java.util.HashSet<>();
        for (int i = 0; i < lesson.quiz().size(); i++) {
            positions.add(quiz.getQuestion().answerIndex());
            quiz.select(0);
            quiz.submit();
            quiz.next();
        }
        assertThat(positions).hasSizeGreaterThan(1);
    }

    /** The same question text with the same choices, in any order. */
    private static boolean sameQuestion(QuizQuestion shown, QuizQuestion written) {
        return shown.question().equals(written.question())
                && new java.util.HashSet<>(shown.choices()).equals(new java.util.HashSet<>(written.choices()));
    }

    @Test
    void nextBeforeSubmittingDoesNothing() {
        quiz.select(0);
        quiz.next();
        assertThat(quiz.indexProperty().get()).isZero();
        assertThat(quiz.isRevealed()).isFalse();
    }
}
