package dev.trustflow.sim.lesson;

import java.util.List;

/** A quiz question with its choices; exactly one choice is correct. */
public record QuizQuestion(String question, List<QuizChoice> choices) {

    public QuizQuestion {
        choices = List.copyOf(choices);
    }

    /** The same question with its choices in a random order drawn from {@code random}; the answer moves with its text. */
    public QuizQuestion shuffled(java.util.Random random) {
        List<QuizChoice> order = new java.util.ArrayList<>(choices);
        java.util.Collections.shuffle(order, random);
        return new QuizQuestion(question, order);
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
