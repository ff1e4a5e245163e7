package dev.trustflow.app.lesson;

import dev.trustflow.app.markdown.MarkdownRenderer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A lesson's first screen: title, level and time, "You will be able to" with the objectives, the introduction
 * rendered from the lesson's Markdown (headings, lists, code, emphasis), and Begin. Shown in place of the stage;
 * Space or → also begin (the window's keys step the player, which leaves this screen).
 */
public final class LessonIntroView extends BorderPane {

    private final LessonIntroModel model;
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final VBox content = new VBox();

    public LessonIntroView(LessonIntroModel model) {
        this.model = model;
        setId("lesson-intro");
        getStyleClass().add("lesson-intro");
        content.getStyleClass().add("lesson-intro-content");
        StackPane column = new StackPane(content);
        column.getStyleClass().add("lesson-intro-column");
        StackPane.setAlignment(content, javafx.geometry.Pos.TOP_CENTER);
        ScrollPane scroll = new ScrollPane(column);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("lesson-intro-scroll");
        setCenter(scroll);
        Button begin = new Button("Begin the lesson  ▶");
        begin.setId("lesson-intro-begin");
        begin.getStyleClass().addAll("lesson-intro-begin", "accent");
        begin.setOnAction(e -> model.begin());
        Label hint = new Label("or press Space or →");
        hint.getStyleClass().add("lesson-intro-hint");
        HBox footer = new HBox(begin, hint);
        footer.getStyleClass().add("lesson-intro-footer");
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
        Label title = new Label(model.title());
        title.setId("lesson-intro-title");
        title.getStyleClass().add("lesson-intro-title");
        title.setWrapText(true);
        Label subtitle = new Label(model.subtitle());
        subtitle.getStyleClass().add("lesson-intro-subtitle");
        VBox goals = new VBox();
        goals.getStyleClass().add("lesson-intro-goals");
        Label goalsTitle = new Label("You will be able to");
        goalsTitle.getStyleClass().add("lesson-intro-goals-title");
        goals.getChildren().add(goalsTitle);
        for (String objective : model.objectives()) {
            Label goal = new Label("✓  " + objective);
            goal.getStyleClass().add("lesson-intro-goal");
            goal.setWrapText(true);
            goals.getChildren().add(goal);
        }
        VBox body = markdown.render(withoutLeadingTitle(model.body(), model.title()));
        body.setId("lesson-intro-body");
        content.getChildren().setAll(title, subtitle, goals, body);
    }

    /** The body's first heading when it only repeats the title shown above it. */
    static String withoutLeadingTitle(String body, String title) {
        String text = body == null ? "" : body.strip();
        if (text.startsWith("# ")) {
            int end = text.indexOf('\n');
            String heading = (end < 0 ? text : text.substring(0, end)).substring(2).strip();
            String t = title.strip().toLowerCase(java.util.Locale.ROOT);
            String h = heading.toLowerCase(java.util.Locale.ROOT);
            if (!t.isEmpty() && !h.isEmpty() && (t.startsWith(h) || h.startsWith(t.split(":")[0]))) {
                return end < 0 ? "" : text.substring(end + 1);
            }
        }
        return text;
    }
}
