package dev.trustflow.app.timeline;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A row of clickable step cells, one per step, the current one and those before it marked by pseudo-classes.
 * A cell's narrowest width is the stylesheet's ({@code .marker}).
 */
public final class MarkerStrip extends HBox {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass PAST = PseudoClass.getPseudoClass("past");

    /** One cell: its style classes (besides {@code marker}), its tooltip and what a click does. */
    public record Cell(List<String> styleClasses, String tooltip, Runnable onClick) {
    }

    /** One tooltip for all cells, its text set as the mouse enters a cell (a Tooltip per cell is a popup each). */
    private final Tooltip tip = new Tooltip();

    public MarkerStrip(String id, String... styleClasses) {
        getStyleClass().add("marker-strip");
        getStyleClass().addAll(styleClasses);
        setId(id);
        setAlignment(Pos.CENTER);
        HBox.setHgrow(this, Priority.ALWAYS);
    }

    public void show(List<Cell> cells, int cursor) {
        getChildren().clear();
        for (Cell c : cells) {
            Region cell = new Region();
            cell.getStyleClass().add("marker");
            cell.getStyleClass().addAll(c.styleClasses());
            cell.setMaxWidth(Double.MAX_VALUE);
            cell.setPrefWidth(0);
            HBox.setHgrow(cell, Priority.ALWAYS);
            cell.setOnMouseEntered(e -> tip.setText(c.tooltip()));
            Tooltip.install(cell, tip);
            cell.setOnMouseClicked(e -> c.onClick().run());
            getChildren().add(cell);
        }
        markCurrent(cursor);
    }

    public void markCurrent(int cursor) {
        for (int i = 0; i < getChildren().size(); i++) {
            getChildren().get(i).pseudoClassStateChanged(CURRENT, i == cursor);
            getChildren().get(i).pseudoClassStateChanged(PAST, i < cursor);
        }
    }
}
