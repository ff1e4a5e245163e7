package dev.trustflow.app.sequence;

import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The centre of the window: the topology, the sequence diagram, or both one above the other, as the
 * {@link ViewModeModel} says. The two views are built once and moved between layouts.
 */
public final class CentreViews extends StackPane {

    private static final double BOTH_DIVIDER = 0.48;

    private final Node topology;
    private final Node sequence;
    private final SplitPane both = new SplitPane();

    public CentreViews(Node topology, Node sequence, ViewModeModel modes) {
        this.topology = topology;
        this.sequence = sequence;
        getStyleClass().add("centre-views");
        setId("centre-views");
        both.setOrientation(Orientation.VERTICAL);
        // the views give way to the narration under them, which always keeps the height its text needs: the
        // sequence view scrolls, and the stage is fitted to what it gets
        both.setMinHeight(0);
        setMinHeight(0);
        if (sequence instanceof Region region) {
            region.setMinHeight(0);
        }
        both.getStyleClass().add("centre-both");
        modes.modeProperty().addListener((obs, old, mode) -> show(mode));
        show(modes.getMode());
    }

    private void show(ViewMode mode) {
        both.getItems().clear();
        getChildren().clear();
        switch (mode) {
            case SEQUENCE:
                getChildren().add(sequence);
                break;
            case BOTH:
                both.getItems().setAll(topology, sequence);
                both.setDividerPositions(BOTH_DIVIDER);
                getChildren().add(both);
                break;
            default:
                // when a long narration leaves the stage less than its drawing needs, the stage keeps its top (zone
                // names, first row of actors) in view and gives way at the bottom, rather than being centred and
                // pushed up behind the menu bar
                StackPane.setAlignment(topology, Pos.TOP_CENTER);
                getChildren().add(topology);
                break;
        }
    }
}
