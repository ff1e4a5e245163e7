package dev.trustflow.app.quiz;

/**
 * One choice of an answered question, as revealed to the student.
 *
 * @param number 1-based, the key that picks it
 * @param text   the choice
 * @param right  whether it is the right answer
 * @param picked whether the student picked it
 * @param why    why it is right or why it is wrong (Markdown)
 */
public record ChoiceReview(int number, String text, boolean right, boolean picked, String why) {

    /** A short tag for the card: "Your answer: right", "Right answer", "Your answer: wrong" or "Wrong". */
    public String verdict() {
        if (right) {
            return picked ? "Your answer: right" : "Right answer";
        }
        return picked ? "Your answer: wrong" : "Wrong";
    }
}
