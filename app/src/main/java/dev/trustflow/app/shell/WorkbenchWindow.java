package dev.trustflow.app.shell;

import dev.trustflow.app.workbench.TokenWorkbenchView;
import dev.trustflow.app.workbench.TokenWorkbenchViewModel;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The token workbench in its own window, made on first use and shown again after that. */
public final class WorkbenchWindow {

    private final TokenWorkbenchViewModel model;
    private final ThemeModel themes;
    private final Window owner;
    private Stage stage;

    public WorkbenchWindow(TokenWorkbenchViewModel model, ThemeModel themes, Window owner) {
        this.model = model;
        this.themes = themes;
        this.owner = owner;
    }

    public void show() {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.setTitle("Token workbench — TrustFlow");
            Scene scene = new Scene(new TokenWorkbenchView(model), 1100, 760);
            scene.getStylesheets().setAll(themes.getStylesheets());
            themes.stylesheetsProperty().addListener((obs, old, sheets) -> scene.getStylesheets().setAll(sheets));
            scene.getRoot().getStyleClass().add("trustflow");
            stage.setScene(scene);
        }
        stage.show();
        stage.toFront();
    }
}
