package dev.trustflow.app.compare;

import dev.trustflow.app.stage.TopologyView;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One side: its heading, its stage, its caption and where it is in its own run. Binds to a {@link CompareSide}. */
final class CompareSidePane extends VBox {

    private static final PseudoClass WAITING = PseudoClass.getPseudoClass("waiting");
    private static final PseudoClass DIFFERS = PseudoClass.getPseudoClass("differs");

    CompareSidePane(CompareSide side, String name) {
        getStyleClass().add("compare-side");
        setId("compare-" + name);

        Label heading = new Label();
        heading.setId("compare-" + name + "-heading");
        heading.getStyleClass().add("compare-heading");
        heading.textProperty().bind(side.headingProperty());
        heading.setMaxWidth(Double.MAX_VALUE);

        TopologyView stage = new TopologyView(side.stage());
        stage.setId("compare-" + name + "-stage");
        VBox.setVgrow(stage, Priority.ALWAYS);

        Label caption = new Label();
        caption.setId("compare-" + name + "-caption");
        caption.getStyleClass().addAll("narration-caption", "compare-caption");
        caption.setWrapText(true);
        caption.textProperty().bind(side.captionProperty());
        caption.setMinHeight(Region.USE_PREF_SIZE);

        Label position = new Label();
        position.setId("compare-" + name + "-position");
        position.getStyleClass().add("compare-side-position");
        position.textProperty().bind(side.positionProperty());
        Label waiting = new Label("Waits here: the other run has a step this one does not.");
        waiting.getStyleClass().add("compare-waiting");
        waiting.visibleProperty().bind(side.waitingProperty());
        waiting.managedProperty().bind(waiting.visibleProperty());

        VBox captionBox = new VBox(caption, position, waiting);
        captionBox.getStyleClass().addAll("narration-bar", "compare-caption-box");
        side.kindProperty().addListener((obs, old, kind) -> {
            captionBox.getStyleClass().removeIf(c -> c.startsWith("narration-kind-"));
            if (!kind.isEmpty()) {
                captionBox.getStyleClass().add("narration-kind-" + kind.replace('.', '-').toLowerCase(Locale.ROOT));
            }
        });
        side.waitingProperty().addListener((obs, old, on) -> pseudoClassStateChanged(WAITING, on));
        side.differsProperty().addListener((obs, old, on) -> pseudoClassStateChanged(DIFFERS, on));
        pseudoClassStateChanged(WAITING, side.isWaiting());
        pseudoClassStateChanged(DIFFERS, side.isDiffers());

        getChildren().addAll(heading, stage, captionBox);
    }
}
