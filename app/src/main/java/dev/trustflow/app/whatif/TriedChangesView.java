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
 * Under the what-ifs: "Your changes, in order", one numbered line per change with the outcome of its run, and a
 * link to start over. Hidden until the student changes something.
 */
final class TriedChangesView extends VBox {

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
        int number = 1;
        for (TriedChange change : tried.changes()) {
            Label line = new Label(number++ + ". " + change.text());
            line.getStyleClass().add("tried-line");
            line.setWrapText(true);
            lines.getChildren().add(line);
        }
        setVisible(!tried.changes().isEmpty());
        setManaged(isVisible());
    }
}
