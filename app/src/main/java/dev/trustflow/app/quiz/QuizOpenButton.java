package dev.trustflow.app.quiz;

import javafx.scene.control.Button;
import javafx.scene.layout.Region;

/**
 * "Take the quiz" (or "Quiz" before the lesson's end) for a screen that stands in place of the stage and so hides
 * the quiz prompt under the narration: the lesson's interview. Hidden when there is no quiz or quizzes are hidden.
 */
public final class QuizOpenButton extends Button {

    public QuizOpenButton(QuizLauncher launcher, String id) {
        setId(id);
        getStyleClass().addAll("quiz-open", "accent");
        setMinWidth(Region.USE_PREF_SIZE);
        textProperty().bind(launcher.buttonTextProperty());
        visibleProperty().bind(launcher.availableProperty());
        managedProperty().bind(visibleProperty());
        setOnAction(e -> launcher.openQuiz());
    }
}
