package dev.trustflow.app.playlist;

import java.util.function.IntUnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The playlist: its items (the one open marked), and buttons that call the PlaylistModel. */
public final class PlaylistPanel extends VBox {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final PlaylistModel model;
    private final ListView<PlaylistItem> list = new ListView<>();

    public PlaylistPanel(PlaylistModel model) {
        this.model = model;
        getStyleClass().add("playlist-panel");
        setId("playlist-panel");

        Label heading = new Label("Playlist for a class");
        heading.getStyleClass().add("playlist-heading");
        Label file = new Label();
        file.getStyleClass().add("playlist-file");
        file.textProperty().bind(Bindings.createStringBinding(() -> model.fileProperty().get() == null ? "Not saved yet"
                : model.fileProperty().get().toString(), model.fileProperty()));

        list.setId("playlist-items");
        list.setItems(model.items());
        list.setPlaceholder(new Label("Open a lesson or scenario, then Add current"));
        list.setCellFactory(v -> new ItemCell());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                model.open(selected());
            }
        });
        model.currentProperty().addListener((obs, old, now) -> list.refresh());
        VBox.setVgrow(list, Priority.ALWAYS);

        HBox edit = row(
                button("playlist-add", "Add current", () -> model.addCurrent()),
                button("playlist-add-trace", "Add trace…", () -> model.addTrace()),
                button("playlist-remove", "Remove", () -> model.remove(selected())),
                button("playlist-up", "Up", () -> reselect(model::moveUp)),
                button("playlist-down", "Down", () -> reselect(model::moveDown)));
        HBox play = row(
                button("playlist-open", "Open", () -> model.open(selected())),
                button("playlist-previous", "Previous (Shift+N)", model::previous),
                button("playlist-next", "Next (N)", model::next),
                button("playlist-load", "Load…", model::load),
                button("playlist-save", "Save…", model::save));
        getChildren().addAll(heading, file, list, edit, play);
    }

    private int selected() {
        return list.getSelectionModel().getSelectedIndex();
    }

    private void reselect(IntUnaryOperator move) {
        list.getSelectionModel().select(move.applyAsInt(selected()));
    }

    private static HBox row(Button... buttons) {
        HBox row = new HBox(buttons);
        row.getStyleClass().add("playlist-buttons");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Button button(String id, String text, Runnable command) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> command.run());
        return button;
    }

    private final class ItemCell extends ListCell<PlaylistItem> {
        @Override
        protected void updateItem(PlaylistItem item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : (getIndex() + 1) + ". " + item);
            pseudoClassStateChanged(CURRENT, !empty && getIndex() == model.getCurrent());
        }
    }
}
