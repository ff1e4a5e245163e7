package dev.trustflow.app.quiz;

/**
 * The result of a finished quiz.
 *
 * @param correct how many questions were answered right
 * @param total   how many questions the quiz had
 */
public record QuizScore(int correct, int total) {

    public QuizScore {
        if (total < 0 || correct < 0 || correct > total) {
            throw new IllegalArgumentException("score " + correct + " of " + total + " is not possible");
        }
    }

    /** {@code 3 / 5}. */
    public String text() {
        return correct + " / " + total;
    }

    /** Whole percent, rounded down; 0 for an empty quiz. */
    public int percent() {
        return total == 0 ? 0 : correct * 100 / total;
    }

    public boolean perfect() {
        return correct == total;
    }

    /** A line under the score: what it means and how to go again. */
    public String remark() {
        if (perfect()) {
            return "Every answer right. Press R to go through it again.";
        }
        return correct + " of " + total + " right. Retry (R) goes through the same questions in the same order:"
                + " read the explanations of the ones you missed.";
    }
}
