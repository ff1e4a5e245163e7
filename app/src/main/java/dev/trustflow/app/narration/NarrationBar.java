package dev.trustflow.app.narration;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Two lines under the stage: the caption (large) and the lesson's narration (hidden when empty). */
public final class NarrationBar extends VBox {

    public NarrationBar(NarrationModel model) {
        getStyleClass().add("narration-bar");
        setId("narration");
        Label caption = new Label();
        caption.setId("caption");
        caption.getStyleClass().add("narration-caption");
        caption.setWrapText(true);
        caption.textProperty().bind(model.captionProperty());
        Label lesson = new Label();
        lesson.setId("lesson-narration");
        lesson.getStyleClass().add("narration-lesson");
        lesson.setWrapText(true);
        lesson.textProperty().bind(model.lessonTextProperty());
        lesson.visibleProperty().bind(model.lessonTextProperty().isNotEmpty());
        lesson.managedProperty().bind(lesson.visibleProperty());
        model.kindProperty().addListener((obs, old, kind) -> {
            getStyleClass().removeIf(c -> c.startsWith("narration-kind-"));
            if (!kind.isEmpty()) {
                getStyleClass().add("narration-kind-" + kind.replace('.', '-').toLowerCase(Locale.ROOT));
            }
        });
        getChildren().addAll(caption, lesson);
    }
}
