package dev.trustflow.sim.lesson;

/**
 * How the lesson's topic comes up in a job interview: the question an interviewer asks, and a model answer of
 * about five lines built from what the lesson's run showed, with the trade-offs named.
 *
 * @param question the interview question ("How do you store refresh tokens?")
 * @param answer   the model answer, plain text or light Markdown
 */
public record Interview(String question, String answer) {
}
