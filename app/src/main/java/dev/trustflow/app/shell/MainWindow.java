package dev.trustflow.app.shell;

import dev.trustflow.app.browser.ScenarioBrowserView;
import dev.trustflow.app.compare.CompareView;
import dev.trustflow.app.compare.CompareViewModel;
import dev.trustflow.app.export.FxExportDialogs;
import dev.trustflow.app.export.PixelGrid;
import dev.trustflow.app.export.TlsCaptureExport;
import dev.trustflow.app.export.ViewExports;
import dev.trustflow.app.narration.NarrationBar;
import dev.trustflow.app.notice.NotificationView;
import dev.trustflow.app.presenter.PresenterKeys;
import dev.trustflow.app.presenter.PresenterLayer;
import dev.trustflow.app.sequence.CentreViews;
import dev.trustflow.app.sequence.SequenceView;
import dev.trustflow.app.sequence.ViewMode;
import dev.trustflow.app.stage.ActorCommands;
import dev.trustflow.app.stage.TopologyView;
import dev.trustflow.app.timeline.TimelineView;
import dev.trustflow.app.whatif.WhatIfPanel;
import dev.trustflow.app.window.Theme;
import dev.trustflow.app.window.ThemeModel;
import dev.trustflow.sim.scenarios.BundledScenarios;
import java.util.List;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
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
    /** The share of the centre column's height the stage always gets; the narration has the rest. */
    static final double STAGE_SHARE = 0.5;
    /**
     * The share in presenter mode, where the sidebar, inspector and timeline are gone and the narration is the
     * caption and the cue: the stage gets more of the height, so a projector's picture is not a strip at the top.
     */
    static final double PRESENTER_STAGE_SHARE = 0.62;

    private final MainWindowModels models;
    private final ThemeModel themes;
    private final StackPane root;
    private final BorderPane frame = new BorderPane();
    private final StackPane inspectorSlot = new StackPane();
    private final VBox centre;
    private final KeyMap keys;
    private Node compareView;
    private KeyMap compareKeys;
    private final CentreViews centreViews;
    private final ViewExports exports;
    private final TlsCaptureExport capture;
    /** Whether the inspector is on screen: in the frame (presenter mode takes it off), its slot shown, the frame too. */
    private final BooleanBinding inspectorShown;

    public MainWindow(MainWindowModels models) {
        this.models = models;
        this.themes = models.services().themes();
        // the theme before the first control: a control's class, first used, loads JavaFX's own default theme
        // unless one is set, and every control would then be styled twice when AtlantaFX's replaced it
        Application.setUserAgentStylesheet(themes.getBase().userAgentStylesheet());
        this.keys = KeyMap.transport(models.player(), models.window()).bind(models.views()::cycle, KeyCode.V)
                .bind(models.timeline()::previousPhase, KeyCode.OPEN_BRACKET)
                .bind(models.timeline()::nextPhase, KeyCode.CLOSE_BRACKET)
                .bind(models.breach()::breachSelected, KeyCode.B)
                .bind(models.window()::toggleInspector, KeyCode.I)
                // only while a breach is shown: otherwise Esc stays the quiz's (close) and the presenter's (leave)
                .bindWhile(models.breach()::isShowing, models.breach()::clear, KeyCode.ESCAPE);

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
        topology.setActorCommands(new ActorCommands() {
            @Override
            public void select(String actor) {
                models.breach().select(actor);
            }

            @Override
            public void breach(String actor) {
                models.breach().breach(actor);
            }
        });
        centreViews = new CentreViews(topology, new SequenceView(models.sequence()), models.views());
        VBox.setVgrow(centreViews, Priority.ALWAYS);
        FxExportDialogs dialogs = new FxExportDialogs(
                () -> centreViews.getScene() == null ? null : centreViews.getScene().getWindow());
        exports = new ViewExports(models.player(), models.services().tasks(), models.services().notices(), dialogs,
                () -> PixelGrid.of(centreViews.snapshot(null, null)));
        capture = new TlsCaptureExport(models.player(), models.services().tasks(), models.services().notices(),
                dialogs, trace -> BundledScenarios.catalog().find(trace.scenario())
                        .map(scenario -> models.services().runs().rerun(scenario, trace).tlsConnections())
                        .orElse(List.of()));
        // the narration takes the height its text needs; when a long caption and cue would take more than the
        // stage leaves, it scrolls rather than pushing the stage out of the window
        NarrationBar narrationBar = new NarrationBar(models.narration());
        ScrollPane narration = new ScrollPane(narrationBar);
        narration.setFitToWidth(true);
        // the pane asks for its text's height at the width it has (a scroll pane alone would ask for one line)
        narration.prefViewportHeightProperty().bind(narrationBar.heightProperty());
        narration.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        narration.getStyleClass().add("narration-scroll");
        narration.setMinHeight(0);
        Label breachSummary = new Label();
        breachSummary.setId("breach-summary");
        breachSummary.getStyleClass().add("breach-summary");
        breachSummary.setWrapText(true);
        breachSummary.setMaxWidth(Double.MAX_VALUE);
        breachSummary.textProperty().bind(models.breach().summaryProperty());
        breachSummary.visibleProperty().bind(models.breach().summaryProperty().isNotEmpty());
        breachSummary.managedProperty().bind(breachSummary.visibleProperty());
        centre = new VBox(centreViews, breachSummary, narration);
        centre.getStyleClass().add("centre");
        // alone in the centre, the stage is fitted to a share of it and keeps the height its drawing needs at its
        // width (its minimum, preferred and maximum), whatever the narration's length: the narration grows into the
        // rest, so a step with a longer caption neither moves nor resizes the stage. The centre views' minimum stays
        // 0, so under a very long narration the stage still gives way at its bottom. Beside the sequence view the
        // views ask for no height of their own (a sequence diagram's full height would squeeze the narration): they
        // get what the narration leaves, and the stage fits what it gets
        BooleanBinding alone = models.views().modeProperty().isEqualTo(ViewMode.TOPOLOGY);
        topology.fitHeightProperty().bind(Bindings.when(alone.not()).then(0.0)
                .otherwise(Bindings.when(models.presenter().presentingProperty())
                        .then(centre.heightProperty().multiply(PRESENTER_STAGE_SHARE))
                        .otherwise(centre.heightProperty().multiply(STAGE_SHARE))));
        topology.keepsHeightProperty().bind(alone);
        // bound, so the stylesheet's minimum cannot replace the computed one
        topology.minHeightProperty().bind(Bindings.when(alone).then(Region.USE_COMPUTED_SIZE).otherwise(0.0));
        centreViews.prefHeightProperty().bind(Bindings.when(alone).then(Region.USE_COMPUTED_SIZE).otherwise(0.0));
        centreViews.maxHeightProperty().bind(Bindings.when(alone).then(Region.USE_PREF_SIZE)
                .otherwise(Double.MAX_VALUE));
        alone.addListener((obs, was, is) -> VBox.setVgrow(narration, is ? Priority.ALWAYS : null));
        VBox.setVgrow(narration, alone.get() ? Priority.ALWAYS : null);
        // and the centre column takes the width between sidebar and inspector, even when a long unbroken word in
        // the narration asks for more (it used to push the stage past the window's edge)
        centre.setMinWidth(0);

        inspectorSlot.getStyleClass().add("inspector-slot");
        inspectorSlot.setId("inspector-slot");
        setInspector(null);
        models.window().inspectorPutAwayProperty().addListener((obs, was, away) -> showInspectorSlot());

        frame.getStyleClass().add("main-frame");
        frame.setTop(AppMenus.create(models, exports, capture));
        frame.setLeft(left);
        frame.setCenter(centre);
        frame.setRight(inspectorSlot);
        frame.setBottom(new TimelineView(models.timeline()));

        inspectorShown = frame.rightProperty().isEqualTo(inspectorSlot).and(inspectorSlot.visibleProperty())
                .and(frame.visibleProperty());
        root = new StackPane(frame, new NotificationView(models.services().notices()));
        root.getStyleClass().add("trustflow");
        root.setId("trustflow-root");
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        PresenterLayer.install(models.presenter(), themes, new PresenterKeys(models.presenter(),
                models.playlist()::next, models.playlist()::previous), root, frame,
                models.timeline().phaseTitleProperty());
        themes.baseProperty().addListener((obs, old, theme) -> applyBase());
        models.compare().currentProperty().addListener((obs, old, compare) -> showCompare(compare));
        applyBase();
    }

    /** Lays the side-by-side comparison over the main frame (keys go to it), or puts it away. */
    private void showCompare(CompareViewModel compare) {
        if (compareView != null) {
            root.getChildren().remove(compareView);
            compareView = null;
            compareKeys = null;
        }
        frame.setVisible(compare == null);
        if (compare != null) {
            compareView = new CompareView(compare, models.compare()::close);
            compareKeys = KeyMap.compare(compare.transport(), models.compare()::close, models.window());
            root.getChildren().add(1, compareView);
        }
    }

    /** Puts the inspector into the right-hand slot; {@code null} empties and hides the slot. */
    public void setInspector(Node inspector) {
        inspectorSlot.getChildren().clear();
        if (inspector != null) {
            inspectorSlot.getChildren().add(inspector);
        }
        showInspectorSlot();
    }

    /**
     * The inspector's slot stays the frame's right side (presenter mode takes it off and puts it back); it shows
     * when it holds an inspector, the centre shows the stage and the user has not put it away (View, I).
     */
    private void showInspectorSlot() {
        boolean shown = !inspectorSlot.getChildren().isEmpty() && frame.getCenter() == centre
                && !models.window().inspectorPutAwayProperty().get();
        inspectorSlot.setVisible(shown);
        inspectorSlot.setManaged(shown);
    }

    /** Adds {@code node} under the narration (the lesson's quiz prompt, for one). */
    public void addUnderNarration(Node node) {
        centre.getChildren().add(node);
    }

    /** Shows {@code view} in place of the stage, narration and inspector (a quiz); {@code null} brings them back. */
    public void showInCentre(Node view) {
        frame.setCenter(view == null ? centre : view);
        showInspectorSlot();
    }

    /** True while the inspector is on screen (not in presenter mode, nor behind a quiz or a comparison, nor put away). */
    public ObservableBooleanValue inspectorShownProperty() {
        return inspectorShown;
    }

    /** The node in the inspector slot, or null. */
    public Node getInspector() {
        return inspectorSlot.getChildren().isEmpty() ? null : inspectorSlot.getChildren().get(0);
    }

    public Parent root() {
        return root;
    }

    public MainWindowModels models() {
        return models;
    }

    /** File ▸ Export: the centre view as PNG, the sequence as Mermaid. */
    public ViewExports exports() {
        return exports;
    }

    /**
     * Puts the window into {@code stage}'s showing {@code scene} (in place of the boot screen): root, stylesheets,
     * title and full screen kept in sync with the models.
     */
    public void attach(Stage stage, Scene scene) {
        scene.setRoot(root);
        scene.getStylesheets().setAll(themes.getStylesheets());
        themes.stylesheetsProperty().addListener((obs, old, sheets) -> scene.getStylesheets().setAll(sheets));
        themes.projectorProperty().addListener((obs, old, on) -> applyBase());
        stage.titleProperty().bind(models.window().titleProperty());
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.setFullScreenExitHint("Press F or Esc to leave full screen");
        models.window().fullScreenProperty().addListener((obs, old, on) -> stage.setFullScreen(on));
        stage.fullScreenProperty().addListener((obs, old, on) -> models.window().setFullScreen(on));
    }

    private void onKey(KeyEvent event) {
        if (event.getTarget() instanceof TextInputControl input && input.isEditable()) {
            return;
        }
        (compareKeys != null ? compareKeys : keys).commandFor(event.getCode(), event.isControlDown(), event.isAltDown(), event.isMetaDown())
                .ifPresent(command -> {
                    command.run();
                    event.consume();
                });
    }

    private void applyBase() {
        Theme base = themes.getBase();
        Application.setUserAgentStylesheet(base.userAgentStylesheet());
        root.getStyleClass().removeIf(c -> c.startsWith("theme-") || c.equals("projector"));
        root.getStyleClass().add(base.styleClass());
        if (themes.isProjector()) {
            root.getStyleClass().add("projector");
        }
    }
}
