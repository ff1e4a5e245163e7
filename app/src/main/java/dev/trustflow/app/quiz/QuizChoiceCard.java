package dev.trustflow.app.quiz;

import dev.trustflow.app.markdown.MarkdownRenderer;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One choice as a large card: its key number, a radio button with the text and, once the answer is revealed,
 * its verdict and its {@code why} in Markdown. Clicking anywhere on the card picks it.
 */
final class QuizChoiceCard extends VBox {

    private static final PseudoClass PICKED = PseudoClass.getPseudoClass("picked");
    private static final PseudoClass REVEALED = PseudoClass.getPseudoClass("revealed");
    private static final PseudoClass RIGHT = PseudoClass.getPseudoClass("right");
    private static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");

    private final int index;
    private final RadioButton radio;
    private final VBox review = new VBox();
    private final MarkdownRenderer markdown;

    QuizChoiceCard(int index, String text, QuizViewModel quiz, MarkdownRenderer markdown) {
        this.index = index;
        this.markdown = markdown;
        getStyleClass().add("quiz-choice");
        setId("quiz-choice-" + (index + 1));
        Label key = new Label(Integer.toString(index + 1));
        key.getStyleClass().add("quiz-choice-key");
        key.setMinWidth(Region.USE_PREF_SIZE);
        radio = new RadioButton(text);
        radio.getStyleClass().add("quiz-choice-radio");
        radio.setWrapText(true);
        radio.setMaxWidth(Double.MAX_VALUE);
        radio.setMinHeight(Region.USE_PREF_SIZE);
        radio.setMouseTransparent(true);
        radio.setFocusTraversable(false);
        HBox.setHgrow(radio, Priority.ALWAYS);
        HBox line = new HBox(key, radio);
        line.getStyleClass().add("quiz-choice-line");
        review.getStyleClass().add("quiz-choice-review");
        review.setVisible(false);
        review.setManaged(false);
        getChildren().addAll(line, review);
        setOnMouseClicked(e -> quiz.select(index));
    }

    /** Shows whether this card is picked and, when {@code revealed} is not null, its verdict and why. */
    void update(int selected, ChoiceReview revealed) {
        radio.setSelected(selected == index);
        pseudoClassStateChanged(PICKED, selected == index);
        pseudoClassStateChanged(REVEALED, revealed != null);
        pseudoClassStateChanged(RIGHT, revealed != null && revealed.right());
        pseudoClassStateChanged(WRONG, revealed != null && !revealed.right() && revealed.picked());
        review.getChildren().clear();
        if (revealed != null) {
            Label verdict = new Label(revealed.verdict());
            verdict.getStyleClass().add("quiz-choice-verdict");
            verdict.setId("quiz-verdict-" + (index + 1));
            review.getChildren().addAll(verdict, markdown.render(revealed.why()));
        }
        review.setVisible(revealed != null);
        review.setManaged(revealed != null);
    }
}
