package dev.trustflow.app.quiz;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The end of the quiz: the score, a word about it, Retry, Back to the lesson and, when the lesson has one, its interview. */
final class QuizScorePane extends VBox {

    QuizScorePane(QuizViewModel quiz, QuizLauncher launcher) {
        getStyleClass().add("quiz-score-pane");
        setAlignment(Pos.CENTER);
        Label heading = new Label("Your score");
        heading.getStyleClass().add("quiz-score-heading");
        Label score = new Label();
        score.setId("quiz-score");
        score.getStyleClass().add("quiz-score");
        score.textProperty().bind(Bindings.createStringBinding(
                () -> quiz.getScore() == null ? "" : quiz.getScore().text(), quiz.scoreProperty()));
        Label remark = new Label();
        remark.setId("quiz-remark");
        remark.getStyleClass().add("quiz-remark");
        remark.setWrapText(true);
        remark.textProperty().bind(Bindings.createStringBinding(
                () -> quiz.getScore() == null ? "" : quiz.getScore().remark(), quiz.scoreProperty()));
        Button retry = new Button("Retry");
        retry.setId("quiz-retry");
        retry.getStyleClass().addAll("quiz-button", "accent");
        retry.setFocusTraversable(false);
        retry.setOnAction(e -> quiz.retry());
        Button toLesson = new Button("Back to the lesson");
        toLesson.setId("quiz-score-back");
        toLesson.getStyleClass().add("quiz-button");
        toLesson.setFocusTraversable(false);
        toLesson.setOnAction(e -> launcher.close());
        Button interview = new Button("In an interview  ▶");
        interview.setId("quiz-interview");
        interview.getStyleClass().add("quiz-button");
        interview.setFocusTraversable(false);
        interview.visibleProperty().bind(launcher.interviewAvailableProperty());
        interview.managedProperty().bind(interview.visibleProperty());
        interview.setOnAction(e -> launcher.openInterview());
        HBox buttons = new HBox(retry, toLesson, interview);
        buttons.getStyleClass().add("quiz-buttons");
        buttons.setAlignment(Pos.CENTER);
        getChildren().addAll(heading, score, remark, buttons);
    }
}
