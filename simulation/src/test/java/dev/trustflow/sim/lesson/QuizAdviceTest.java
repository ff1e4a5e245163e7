package dev.trustflow.sim.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuizAdviceTest {

    private static QuizQuestion question(String right, String... wrong) {
        List<QuizChoice> choices = new java.util.ArrayList<>();
        choices.add(new QuizChoice(right, true, "why"));
        for (String w : wrong) {
            choices.add(new QuizChoice(w, false, "why not"));
        }
        return new QuizQuestion("q?", choices);
    }

    private static Lesson lesson(QuizQuestion... quiz) {
        return new Lesson("l", "L", 1, "t", "beginner", 5, List.of(), "s", Map.of(), List.of(), List.of(),
                List.of(quiz), "", "l.md");
    }

    @Test
    void warnsWhenTheRightAnswerIsMostlyTheLongestChoice() {
        Lesson biased = lesson(question("a long and careful right answer", "short", "tiny"),
                question("another long and careful answer", "no", "nope"), question("ok", "a longer wrong one"));

        assertThat(QuizAdvice.of(biased)).singleElement().asString().contains("longest choice in 2 of 3");
    }

    @Test
    void saysNothingWhenLengthsGiveNothingAway() {
        Lesson fair = lesson(question("right, short", "a much longer wrong choice"),
                question("equal length", "same length!"), question("a long and careful right answer", "x"));

        assertThat(QuizAdvice.of(fair)).isEmpty();
    }
}
