package dev.trustflow.app.inspector;

import dev.trustflow.sim.trace.ArtifactTable;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A table artifact (a decision table, who could read a message where, the security goals) as rows and columns:
 * the header in bold, every cell wrapping inside the inspector's width, the first column as wide as its words
 * and the others sharing the rest. Shows whatever {@code table} holds; hidden when it is null.
 */
public final class ArtifactTablePane extends GridPane {

    public ArtifactTablePane(ObservableValue<ArtifactTable> table) {
        getStyleClass().add("artifact-table");
        table.addListener((obs, old, now) -> show(now));
        show(table.getValue());
    }

    private void show(ArtifactTable table) {
        getChildren().clear();
        getColumnConstraints().clear();
        setVisible(table != null);
        setManaged(table != null);
        if (table == null) {
            return;
        }
        for (int column = 0; column < table.header().size(); column++) {
            ColumnConstraints constraints = new ColumnConstraints();
            if (column > 0) {
                constraints.setHgrow(Priority.ALWAYS);
            }
            getColumnConstraints().add(constraints);
        }
        addRow(0, cells(table.header(), "artifact-table-header"));
        for (int row = 0; row < table.rows().size(); row++) {
            Label[] cells = cells(table.rows().get(row), "artifact-table-cell");
            if (row % 2 == 1) {
                for (Label cell : cells) {
                    cell.getStyleClass().add("artifact-table-alt");
                }
            }
            addRow(row + 1, cells);
        }
    }

    private static Label[] cells(List<String> texts, String styleClass) {
        Label[] cells = new Label[texts.size()];
        for (int i = 0; i < cells.length; i++) {
            Label cell = new Label(texts.get(i));
            cell.getStyleClass().add(styleClass);
            if (i == 0) {
                cell.getStyleClass().add("artifact-table-first");
                cell.setMinWidth(Region.USE_PREF_SIZE);
            }
            cell.setWrapText(true);
            cell.setMaxWidth(Double.MAX_VALUE);
            cell.setMaxHeight(Double.MAX_VALUE);
            cells[i] = cell;
        }
        return cells;
    }
}
