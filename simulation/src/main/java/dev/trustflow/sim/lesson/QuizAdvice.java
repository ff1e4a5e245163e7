package dev.trustflow.sim.lesson;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Advice on a lesson's quiz that is not an error: a quiz whose right answers are mostly the longest choice
 * teaches students to pick the longest choice. {@code check-lessons} prints it as a warning (the file still loads).
 */
public final class QuizAdvice {

    /** More than this share of right answers being the strictly longest choice earns a warning. */
    static final double LONGEST_SHARE = 0.5;

    private QuizAdvice() {
    }

    /** The warnings for {@code lesson}'s quiz, each a sentence naming what to change. */
    public static List<String> of(Lesson lesson) {
        List<String> advice = new ArrayList<>();
        List<QuizQuestion> quiz = lesson.quiz();
        long longest = quiz.stream().filter(QuizAdvice::answerIsLongest).count();
        if (!quiz.isEmpty() && longest > quiz.size() * LONGEST_SHARE) {
            advice.add("the right answer is the longest choice in " + longest + " of " + quiz.size()
                    + " questions: students learn to pick the longest one; make a wrong choice as long and as"
                    + " careful as the right one");
        }
        return advice;
    }

    /** Whether the correct choice is strictly longer than every other choice. */
    static boolean answerIsLongest(QuizQuestion question) {
        int answer = question.answerIndex();
        int length = question.choices().get(answer).text().length();
        return question.choices().stream().filter(c -> !c.correct())
                .max(Comparator.comparingInt(c -> c.text().length()))
                .map(other -> length > other.text().length()).orElse(false);
    }
}
