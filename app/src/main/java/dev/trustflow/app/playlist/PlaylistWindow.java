package dev.trustflow.app.playlist;

import dev.trustflow.app.shell.ThemeModel;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The playlist panel in its own small window, made on first use and shown again after that. */
public final class PlaylistWindow {

    private final PlaylistModel model;
    private final ThemeModel themes;
    private final Window owner;
    private Stage stage;

    public PlaylistWindow(PlaylistModel model, ThemeModel themes, Window owner) {
        this.model = model;
        this.themes = themes;
        this.owner = owner;
    }

    public void show() {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.setTitle("Playlist — TrustFlow");
            Scene scene = new Scene(new PlaylistPanel(model), 620, 460);
            scene.getStylesheets().setAll(themes.getStylesheets());
            themes.stylesheetsProperty().addListener((obs, old, sheets) -> scene.getStylesheets().setAll(sheets));
            scene.getRoot().getStyleClass().add("trustflow");
            stage.setScene(scene);
        }
        stage.show();
        stage.toFront();
    }
}
