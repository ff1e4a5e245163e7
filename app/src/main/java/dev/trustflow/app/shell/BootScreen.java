package dev.trustflow.app.shell;

import dev.trustflow.app.window.ThemeModel;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * What the window shows from its first frame until the main window is built: the app's name and what it is
 * doing. Only {@link Text} nodes and one small stylesheet (no controls, so no skins and no theme to load),
 * which lets the window appear before a bare JavaFX window would; see the README's "Startup".
 */
public final class BootScreen {

    public static final String CSS = ThemeModel.ASSETS + "css/boot.css";

    private final VBox root;
    private final Text status = new Text("Loading scenarios and lessons…");

    public BootScreen() {
        Text title = new Text("TrustFlow");
        title.getStyleClass().add("boot-title");
        status.getStyleClass().add("boot-status");
        status.setId("boot-status");
        root = new VBox(12, title, status);
        root.setAlignment(Pos.CENTER);
        root.getStyleClass().add("boot");
        root.setId("boot");
    }

    /** The boot stylesheet's URL, for the scene. */
    public static String stylesheet() {
        return ThemeModel.resource(CSS);
    }

    public Parent root() {
        return root;
    }

    /** Says why the app could not start (the window stays open so that the reason can be read). */
    public void failed(String reason) {
        status.setText("TrustFlow could not start: " + reason);
        status.getStyleClass().add("boot-failed");
    }

    public String status() {
        return status.getText();
    }
}
