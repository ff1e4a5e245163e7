package dev.trustflow.app.compare;

import dev.trustflow.app.stage.TopologyView;
import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One side's three parts, bound to a {@link CompareSide}: its heading, its stage, and its caption with where
 * it is in its own run. The view puts them in the rows of a grid so that both stages get the same height.
 * Each part carries {@code :differs} and {@code :waiting}.
 */
final class CompareSidePane {

    private static final PseudoClass WAITING = PseudoClass.getPseudoClass("waiting");
    private static final PseudoClass DIFFERS = PseudoClass.getPseudoClass("differs");

    private final Label heading = new Label();
    private final TopologyView stage;
    private final VBox captionBox;

    CompareSidePane(CompareSide side, String name) {
        heading.setId("compare-" + name + "-heading");
        heading.getStyleClass().add("compare-heading");
        heading.textProperty().bind(side.headingProperty());
        heading.setMaxWidth(Double.MAX_VALUE);

        stage = new TopologyView(side.stage());
        stage.setId("compare-" + name + "-stage");
        stage.getStyleClass().add("compare-stage");

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
        captionBox = new VBox(caption, position, waiting);
        captionBox.setId("compare-" + name + "-narration");
        captionBox.getStyleClass().addAll("narration-bar", "compare-caption-box");
        captionBox.setMinHeight(Region.USE_PREF_SIZE);
        side.kindProperty().addListener((obs, old, kind) -> {
            captionBox.getStyleClass().removeIf(c -> c.startsWith("narration-kind-"));
            if (!kind.isEmpty()) {
                captionBox.getStyleClass().add("narration-kind-" + kind.replace('.', '-').toLowerCase(Locale.ROOT));
            }
        });
        side.waitingProperty().addListener((obs, old, on) -> mark(WAITING, on));
        side.differsProperty().addListener((obs, old, on) -> mark(DIFFERS, on));
        mark(WAITING, side.isWaiting());
        mark(DIFFERS, side.isDiffers());
    }

    private void mark(PseudoClass state, boolean on) {
        parts().forEach(part -> part.pseudoClassStateChanged(state, on));
    }

    List<Node> parts() {
        return List.of(heading, stage, captionBox);
    }
}
