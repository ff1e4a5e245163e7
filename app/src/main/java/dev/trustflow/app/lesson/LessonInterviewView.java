package dev.trustflow.app.lesson;

import dev.trustflow.app.markdown.MarkdownRenderer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A lesson's last screen: "In an interview", the question in large type, the model answer below it (rendered from
 * its Markdown), a button back to the last step, and the actions the window adds (the quiz's button, which the
 * narration's quiz prompt would otherwise offer: this screen hides it with the stage).
 */
public final class LessonInterviewView extends BorderPane {

    private final LessonInterviewModel model;
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final VBox content = new VBox();

    public LessonInterviewView(LessonInterviewModel model, Node... actions) {
        this.model = model;
        setId("lesson-interview");
        getStyleClass().add("lesson-interview");
        content.getStyleClass().add("lesson-interview-content");
        StackPane column = new StackPane(content);
        column.getStyleClass().add("lesson-interview-column");
        StackPane.setAlignment(content, Pos.TOP_CENTER);
        ScrollPane scroll = new ScrollPane(column);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("lesson-interview-scroll");
        setCenter(scroll);
        Button back = new Button("◀  Back to the last step");
        back.setId("lesson-interview-back");
        back.getStyleClass().add("lesson-interview-back");
        back.setMinWidth(Region.USE_PREF_SIZE);
        back.setOnAction(e -> model.putAside());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox footer = new HBox(back, gap);
        footer.getChildren().addAll(actions);
        footer.getStyleClass().add("lesson-interview-footer");
        setBottom(footer);
        model.lessonProperty().addListener((obs, old, now) -> fill());
        model.showingProperty().addListener((obs, was, is) -> {
            if (is) {
                fill();
            }
        });
        fill();
    }

    private void fill() {
        Label kicker = new Label("In an interview");
        kicker.setId("lesson-interview-kicker");
        kicker.getStyleClass().add("lesson-interview-kicker");
        kicker.setWrapText(true);
        kicker.setMinHeight(Region.USE_PREF_SIZE);
        Label question = new Label(model.question());
        question.setId("lesson-interview-question");
        question.getStyleClass().add("lesson-interview-question");
        question.setWrapText(true);
        question.setMinHeight(Region.USE_PREF_SIZE);
        Label answerTitle = new Label("A model answer");
        answerTitle.getStyleClass().add("lesson-interview-answer-title");
        VBox answer = markdown.render(model.answer());
        answer.setId("lesson-interview-answer");
        answer.getStyleClass().add("lesson-interview-answer-text");
        VBox card = new VBox(answerTitle, answer);
        card.getStyleClass().add("lesson-interview-answer");
        Label hint = new Label("Say your answer out loud first, then compare it with this one and with the run.");
        hint.getStyleClass().add("lesson-interview-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        content.getChildren().setAll(kicker, question, hint, card);
    }
}
