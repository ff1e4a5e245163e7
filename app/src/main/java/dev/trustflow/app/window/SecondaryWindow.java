package dev.trustflow.app.window;

import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A tool in its own window (token workbench, playlist): made on first use, shown again after that, and
 * styled with the current theme, which it follows.
 */
public final class SecondaryWindow {

    private final String title;
    private final Supplier<Parent> content;
    private final double width;
    private final double height;
    private final ThemeModel themes;
    private final Window owner;
    private Stage stage;

    public SecondaryWindow(String title, Supplier<Parent> content, double width, double height, ThemeModel themes,
                           Window owner) {
        this.title = title;
        this.content = content;
        this.width = width;
        this.height = height;
        this.themes = themes;
        this.owner = owner;
    }

    public void show() {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.setTitle(title + " — TrustFlow");
            Scene scene = new Scene(content.get(), width, height);
            scene.getStylesheets().setAll(themes.getStylesheets());
            themes.stylesheetsProperty().addListener((obs, old, sheets) -> scene.getStylesheets().setAll(sheets));
            scene.getRoot().getStyleClass().add("trustflow");
            stage.setScene(scene);
        }
        stage.show();
        stage.toFront();
    }
}
