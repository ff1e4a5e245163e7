package dev.trustflow.sim.lesson;

/**
 * One answer to a quiz question.
 *
 * @param text    the choice
 * @param correct whether it is the right answer (exactly one per question)
 * @param why     why it is right, or why it is wrong
 */
public record QuizChoice(String text, boolean correct, String why) {
}
