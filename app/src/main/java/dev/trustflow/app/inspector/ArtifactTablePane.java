package dev.trustflow.app.inspector;

import dev.trustflow.sim.trace.ArtifactTable;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * A table artifact (a decision table, who could read a message where, the security goals) as rows and columns:
 * the header in bold, every cell wrapping inside the inspector's width, each column's share of the width after
 * the length of what it holds. Shows whatever {@code table} holds; hidden when it is null.
 */
public final class ArtifactTablePane extends GridPane {

    /** The fewest characters' worth of width a column gets. */
    static final int MIN_CHARS = 8;
    /** Past this many characters a column's text wraps rather than taking more width. */
    static final int MAX_CHARS = 40;
    /** A bold or wide word takes more room than its count of average characters. */
    private static final double WORD_ROOM = 1.6;
    /** The cell's padding, in characters. */
    private static final int PADDING_CHARS = 5;

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
        for (double percent : columnPercents(table)) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setPercentWidth(percent);
            constraints.setHgrow(Priority.ALWAYS);
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

    /**
     * Each column's share of the width, after the longest text it holds (a header's words count too), so a column
     * of long reasons gets more room than one of verdicts; no column goes below {@value #MIN_CHARS} characters'
     * worth or above {@value #MAX_CHARS}, so every column stays readable when the inspector is narrow.
     */
    static double[] columnPercents(ArtifactTable table) {
        int columns = table.header().size();
        double[] weights = new double[columns];
        double sum = 0;
        for (int c = 0; c < columns; c++) {
            int word = longestWord(table.header().get(c));
            int longest = word;
            for (List<String> row : table.rows()) {
                longest = Math.max(longest, row.get(c).length());
                word = Math.max(word, longestWord(row.get(c)));
            }
            // a word is never broken: its column is at least as wide as it, with the cell's padding
            weights[c] = Math.max(Math.max(MIN_CHARS, WORD_ROOM * word + PADDING_CHARS), Math.min(MAX_CHARS, longest));
            sum += weights[c];
        }
        for (int c = 0; c < columns; c++) {
            weights[c] = 100 * weights[c] / sum;
        }
        return weights;
    }

    private static int longestWord(String text) {
        int longest = 0;
        for (String word : text.split("\\s+")) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }

    private static Label[] cells(List<String> texts, String styleClass) {
        Label[] cells = new Label[texts.size()];
        for (int i = 0; i < cells.length; i++) {
            Label cell = new Label(texts.get(i));
            cell.getStyleClass().add(styleClass);
            if (i == 0) {
                cell.getStyleClass().add("artifact-table-first");
            }
            cell.setWrapText(true);
            cell.setMaxWidth(Double.MAX_VALUE);
            cell.setMaxHeight(Double.MAX_VALUE);
            cells[i] = cell;
        }
        return cells;
    }
}
