package dev.trustflow.app.presenter;

import dev.trustflow.app.window.ThemeModel;
import java.util.Objects;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * What presenter mode does to the main window: takes the menu bar, sidebar and inspector off the frame,
 * swaps the timeline for a thin progress bar beside the current phase's title, puts the seed in a corner and a black screen over everything,
 * sets {@code presenter} and {@code font-scale-NNN} on the root, and listens for the presenter's keys.
 */
public final class PresenterLayer {

    public static final String PRESENTER_CLASS = "presenter";

    private final PresenterModel model;
    private final StackPane root;
    private final BorderPane frame;
    private final ProgressBar progress = new ProgressBar();
    private final Label phase = new Label();
    private final HBox bar = new HBox(phase, progress);
    private Node top;
    private Node left;
    private Node right;
    private Node bottom;

    private PresenterLayer(PresenterModel model, StackPane root, BorderPane frame) {
        this.model = model;
        this.root = root;
        this.frame = frame;
    }

    /** Adds the layer to {@code root} (a stack whose first child is {@code frame}). */
    public static PresenterLayer install(PresenterModel model, ThemeModel themes, PresenterKeys keys,
                                         StackPane root, BorderPane frame, ObservableStringValue phaseTitle) {
        PresenterLayer layer = new PresenterLayer(Objects.requireNonNull(model, "model"), root, frame);
        layer.build(themes, keys);
        layer.phase.textProperty().bind(phaseTitle);
        return layer;
    }

    private void build(ThemeModel themes, PresenterKeys keys) {
        progress.setId("presenter-progress");
        progress.getStyleClass().add("presenter-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());
        progress.setFocusTraversable(false);
        HBox.setHgrow(progress, Priority.ALWAYS);
        phase.setId("presenter-phase");
        phase.getStyleClass().add("presenter-phase");
        phase.setTextOverrun(OverrunStyle.ELLIPSIS);
        phase.setMinWidth(0);
        // the title never takes more than a third of the bar: the progress stays readable beside it
        phase.maxWidthProperty().bind(bar.widthProperty().divide(3));
        bar.setId("presenter-bar");
        bar.getStyleClass().add("presenter-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setMinWidth(0);

        Label seed = new Label();
        seed.setId("presenter-seed");
        seed.getStyleClass().add("presenter-seed");
        seed.textProperty().bind(model.seedTextProperty());
        seed.visibleProperty().bind(model.presentingProperty());
        seed.setMouseTransparent(true);
        StackPane.setAlignment(seed, Pos.TOP_RIGHT);

        Region black = new Region();
        black.setId("blackout");
        black.getStyleClass().add("blackout");
        black.visibleProperty().bind(model.blackoutProperty());
        black.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);

        root.getChildren().addAll(seed, black);
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> onKey(keys, event));
        model.presentingProperty().addListener((obs, was, on) -> apply(on));
        themes.fontScaleProperty().addListener((obs, old, scale) -> applyScale(scale.doubleValue()));
        applyScale(themes.getFontScale());
    }

    private void onKey(PresenterKeys keys, KeyEvent event) {
        boolean typing = event.getTarget() instanceof TextInputControl input && input.isEditable();
        keys.commandFor(event.getCode(), event.isShiftDown(), event.isShortcutDown(), event.isAltDown(), typing)
                .ifPresent(command -> {
                    command.run();
                    event.consume();
                });
    }

    private void apply(boolean presenting) {
        if (presenting) {
            top = frame.getTop();
            left = frame.getLeft();
            right = frame.getRight();
            bottom = frame.getBottom();
            frame.setTop(null);
            frame.setLeft(null);
            frame.setRight(null);
            frame.setBottom(bar);
            root.getStyleClass().add(PRESENTER_CLASS);
            // the focused node may have left with the sidebar; keys must still reach the root's filters
            root.requestFocus();
        } else {
            frame.setTop(top);
            frame.setLeft(left);
            frame.setRight(right);
            frame.setBottom(bottom);
            root.getStyleClass().remove(PRESENTER_CLASS);
        }
    }

    private void applyScale(double scale) {
        root.getStyleClass().removeIf(c -> c.startsWith(FontScale.CLASS_PREFIX));
        root.getStyleClass().add(FontScale.styleClass(scale));
    }
}
