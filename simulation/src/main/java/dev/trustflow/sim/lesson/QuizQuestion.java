package dev.trustflow.sim.lesson;

import java.util.List;

/** A quiz question with its choices; exactly one choice is correct. */
public record QuizQuestion(String question, List<QuizChoice> choices) {

    public QuizQuestion {
        choices = List.copyOf(choices);
    }

    public int answerIndex() {
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).correct()) {
                return i;
            }
        }
        throw new IllegalStateException("no correct choice in: " + question);
    }
}
