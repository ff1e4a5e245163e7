package dev.trustflow.app.shell;

import dev.trustflow.app.browser.ScenarioBrowserView;
import dev.trustflow.app.narration.NarrationBar;
import dev.trustflow.app.notice.NotificationView;
import dev.trustflow.app.stage.TopologyView;
import dev.trustflow.app.timeline.TimelineView;
import dev.trustflow.app.whatif.WhatIfPanel;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The main window: browser and what-ifs (left), topology stage and narration (centre), the inspector slot
 * (right, empty until {@link #setInspector(Node)}), timeline (bottom), menus (top), notices over everything.
 */
public final class MainWindow {

    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;

    private final AppModels models;
    private final StackPane root;
    private final BorderPane frame = new BorderPane();
    private final StackPane inspectorSlot = new StackPane();
    private final KeyMap keys;

    public MainWindow(AppModels models) {
        this.models = models;
        this.keys = KeyMap.transport(models.player(), models.window());

        ScenarioBrowserView browser = new ScenarioBrowserView(models.session());
        VBox.setVgrow(browser, Priority.SOMETIMES);
        ScrollPane whatIf = new ScrollPane(new WhatIfPanel(models.session()));
        whatIf.setFitToWidth(true);
        whatIf.getStyleClass().add("whatif-scroll");
        whatIf.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(whatIf, Priority.ALWAYS);
        VBox left = new VBox(browser, whatIf);
        left.getStyleClass().add("sidebar");
        left.setId("sidebar");

        TopologyView topology = new TopologyView(models.stage());
        VBox.setVgrow(topology, Priority.ALWAYS);
        VBox centre = new VBox(topology, new NarrationBar(models.narration()));
        centre.getStyleClass().add("centre");

        inspectorSlot.getStyleClass().add("inspector-slot");
        inspectorSlot.setId("inspector-slot");
        setInspector(null);

        frame.getStyleClass().add("main-frame");
        frame.setTop(AppMenus.create(models));
        frame.setLeft(left);
        frame.setCenter(centre);
        frame.setRight(inspectorSlot);
        frame.setBottom(new TimelineView(models.timeline()));

        root = new StackPane(frame, new NotificationView(models.notices()));
        root.getStyleClass().add("trustflow");
        root.setId("trustflow-root");
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        models.themes().baseProperty().addListener((obs, old, theme) -> applyBase());
        applyBase();
    }

    /** Puts the inspector into the right-hand slot; {@code null} empties and hides the slot. */
    public void setInspector(Node inspector) {
        inspectorSlot.getChildren().clear();
        if (inspector != null) {
            inspectorSlot.getChildren().add(inspector);
        }
        inspectorSlot.setVisible(inspector != null);
        inspectorSlot.setManaged(inspector != null);
    }

    /** The node in the inspector slot, or null. */
    public Node getInspector() {
        return inspectorSlot.getChildren().isEmpty() ? null : inspectorSlot.getChildren().get(0);
    }

    public Parent root() {
        return root;
    }

    public AppModels models() {
        return models;
    }

    /** Puts the window on {@code stage}: scene, stylesheets, title and full screen kept in sync with the models. */
    public Scene show(Stage stage) {
        Scene scene = new Scene(root, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets().setAll(models.themes().getStylesheets());
        models.themes().stylesheetsProperty().addListener((obs, old, sheets) -> scene.getStylesheets().setAll(sheets));
        models.themes().projectorProperty().addListener((obs, old, on) -> applyBase());
        stage.setScene(scene);
        stage.titleProperty().bind(models.window().titleProperty());
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.setFullScreenExitHint("Press F or Esc to leave full screen");
        models.window().fullScreenProperty().addListener((obs, old, on) -> stage.setFullScreen(on));
        stage.fullScreenProperty().addListener((obs, old, on) -> models.window().setFullScreen(on));
        stage.show();
        return scene;
    }

    private void onKey(KeyEvent event) {
        if (event.getTarget() instanceof TextInputControl input && input.isEditable()) {
            return;
        }
        keys.commandFor(event.getCode(), event.isControlDown(), event.isAltDown(), event.isMetaDown())
                .ifPresent(command -> {
                    command.run();
                    event.consume();
                });
    }

    private void applyBase() {
        Theme base = models.themes().getBase();
        Application.setUserAgentStylesheet(base.userAgentStylesheet());
        root.getStyleClass().removeIf(c -> c.startsWith("theme-") || c.equals("projector"));
        root.getStyleClass().add(base.styleClass());
        if (models.themes().isProjector()) {
            root.getStyleClass().add("projector");
        }
    }
}
