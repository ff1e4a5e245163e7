package dev.trustflow.app.quiz;

import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A strip under the narration while a lesson with a quiz is followed: a Quiz button, which becomes "Take the
 * quiz" with a word of invitation when the player reaches the lesson's last step. Hidden with quizzes.
 */
public final class QuizPrompt extends HBox {

    private static final PseudoClass END = PseudoClass.getPseudoClass("lesson-end");

    public QuizPrompt(QuizLauncher launcher) {
        getStyleClass().add("quiz-prompt");
        setId("quiz-prompt");
        Label invitation = new Label("You reached the end of the lesson. Check what you learned:");
        invitation.setId("quiz-invitation");
        invitation.getStyleClass().add("quiz-invitation");
        invitation.setWrapText(true);
        invitation.setMinHeight(Region.USE_PREF_SIZE);
        invitation.visibleProperty().bind(launcher.atLessonEndProperty());
        HBox.setHgrow(invitation, Priority.ALWAYS);
        Button open = new Button();
        open.setId("quiz-open");
        open.getStyleClass().add("quiz-open");
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.textProperty().bind(launcher.buttonTextProperty());
        open.setOnAction(e -> launcher.openQuiz());
        launcher.atLessonEndProperty().addListener((obs, was, end) -> markEnd(open, end));
        markEnd(open, launcher.atLessonEndProperty().get());
        visibleProperty().bind(launcher.availableProperty());
        managedProperty().bind(visibleProperty());
        getChildren().addAll(invitation, open);
    }

    private void markEnd(Button open, boolean end) {
        pseudoClassStateChanged(END, end);
        open.getStyleClass().remove("accent");
        if (end) {
            open.getStyleClass().add("accent");
        }
    }
}
