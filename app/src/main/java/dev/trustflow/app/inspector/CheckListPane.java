package dev.trustflow.app.inspector;

import dev.trustflow.app.markdown.MarkdownRenderer;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PopOver;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * A report of checks: one row per check with a green or red mark, its id and its reason (the current check by its
 * id only: its reason is the caption under the stage); the current check is
 * highlighted, checks not yet reached are dimmed. Activating a row selects it in the view-model and opens a
 * popover with the check's explanation rendered from Markdown.
 */
public final class CheckListPane extends VBox {

    private final Consumer<CheckRow> select;
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final PopOver popover = new PopOver();

    /**
     * @param rows   the rows to show (kept in sync)
     * @param select called with the activated row (a view-model method such as {@code vm::selectCheck})
     */
    public CheckListPane(ObservableList<CheckRow> rows, Consumer<CheckRow> select) {
        this.select = select;
        getStyleClass().add("check-list");
        popover.setArrowLocation(PopOver.ArrowLocation.RIGHT_TOP);
        popover.setDetachable(false);
        popover.setAnimated(false);
        popover.getRoot().getStyleClass().add("check-popover");
        rows.addListener((ListChangeListener<CheckRow>) change -> rebuild(rows));
        rebuild(rows);
    }

    /** The popover that shows explanations (for tests and for closing it when the view changes). */
    public PopOver popover() {
        return popover;
    }

    private void rebuild(ObservableList<CheckRow> rows) {
        popover.hide();
        getChildren().clear();
        for (CheckRow row : rows) {
            getChildren().add(rowNode(row));
        }
    }

    private HBox rowNode(CheckRow row) {
        FontIcon mark = new FontIcon(row.passed() ? MaterialDesignC.CHECK_CIRCLE : MaterialDesignC.CLOSE_CIRCLE);
        mark.getStyleClass().addAll("check-mark", row.passed() ? "check-mark-pass" : "check-mark-fail");
        Label id = new Label(row.id());
        id.getStyleClass().add("check-id");
        Label reason = new Label(row.reason());
        reason.getStyleClass().add("check-reason");
        reason.setWrapText(true);
        // the current check's reason is the caption under the stage: said once, not again here
        VBox text = row.current() ? new VBox(id) : new VBox(id, reason);
        text.getStyleClass().add("check-text");
        HBox.setHgrow(text, Priority.ALWAYS);

        // An HBox rather than a Button: a Button does not pass its wrapped text's height on to the layout.
        HBox node = new HBox(mark, text);
        node.getStyleClass().addAll("check-row", row.passed() ? "check-pass" : "check-fail");
        if (row.current()) {
            node.getStyleClass().add("check-current");
        }
        if (row.ahead()) {
            node.getStyleClass().add("check-ahead");
        }
        node.setFocusTraversable(true);
        node.setAccessibleRole(AccessibleRole.BUTTON);
        node.setAccessibleText(row.id() + (row.passed() ? " passed: " : " failed: ") + row.reason());
        node.setOnMouseClicked(e -> open(node, row));
        node.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                open(node, row);
            }
        });
        return node;
    }

    private void open(HBox node, CheckRow row) {
        select.accept(row);
        showExplanation(node, row);
    }

    private void showExplanation(Node anchor, CheckRow row) {
        VBox body = markdown.render(row.explanationMarkdown());
        body.getStyleClass().add("check-explanation");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("check-explanation-scroll");
        popover.setContentNode(scroll);
        popover.show(anchor);
    }
}
