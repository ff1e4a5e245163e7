package dev.trustflow.app.whatif;

import dev.trustflow.app.session.TriedChange;
import dev.trustflow.app.session.TriedChanges;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Above the what-ifs: "Your changes, in order", one numbered line per change with the outcome of its run (the last
 * {@value #SHOWN}, with how many came before), and a link to start over. Hidden until the student changes something.
 */
final class TriedChangesView extends VBox {

    /** How many of the latest changes are listed, so the what-ifs below stay in view. */
    static final int SHOWN = 5;

    private final TriedChanges tried;
    private final VBox lines = new VBox();

    TriedChangesView(TriedChanges tried) {
        this.tried = tried;
        getStyleClass().add("tried-changes");
        setId("tried-changes");
        Label title = new Label("Your changes, in order");
        title.getStyleClass().add("tried-title");
        title.setWrapText(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Hyperlink clear = new Hyperlink("Clear");
        clear.getStyleClass().add("tried-clear");
        clear.setOnAction(e -> tried.clear());
        HBox head = new HBox(title, gap, clear);
        head.getStyleClass().add("tried-head");
        lines.getStyleClass().add("tried-lines");
        getChildren().addAll(head, lines);
        tried.changes().addListener((ListChangeListener<TriedChange>) c -> refresh());
        refresh();
    }

    private void refresh() {
        lines.getChildren().clear();
        int total = tried.changes().size();
        int first = Math.max(0, total - SHOWN);
        if (first > 0) {
            lines.getChildren().add(line("\u2026 " + first + " earlier change" + (first == 1 ? "" : "s")));
        }
        for (int i = first; i < total; i++) {
            lines.getChildren().add(line((i + 1) + ". " + tried.changes().get(i).text()));
        }
        setVisible(total > 0);
        setManaged(isVisible());
    }

    private static Label line(String text) {
        Label line = new Label(text);
        line.getStyleClass().add("tried-line");
        line.setWrapText(true);
        return line;
    }
}
