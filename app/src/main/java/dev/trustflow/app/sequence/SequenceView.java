package dev.trustflow.app.sequence;

import dev.trustflow.app.sequence.SequenceLayout.Column;
import dev.trustflow.app.stage.StageIcons;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The sequence diagram: actor names on top (they stay while the rows scroll), a dashed lifeline per actor and
 * one {@link RowNode} per event; the current row is highlighted, rows still to come are dimmed, and the view
 * scrolls to keep the current row in sight. A click on a row moves the player there.
 */
public final class SequenceView extends BorderPane {

    public static final String STYLESHEET = "/dev/trustflow/assets/css/sequence.css";
    /** Left margin for step numbers. */
    static final double GUTTER = 44;
    /** Space between actor names, and around them. */
    private static final double HEADER_GAP = 8;
    /** Rows kept visible above and below the current one when scrolling. */
    private static final int SCROLL_MARGIN = 2;

    private final SequenceModel model;
    private final Pane header = new Pane();
    private final Body body = new Body();
    private final ScrollPane scroller = new ScrollPane(body);
    private final Label empty = new Label("Pick a scenario on the left to see its messages in order.");
    private final List<Label> actorLabels = new ArrayList<>();
    private final List<Line> lifelines = new ArrayList<>();
    private final List<RowNode> rows = new ArrayList<>();
    private final Region cursorBar = new Region();
    private final Label probe = new Label("0");
    private SequenceGeometry geometry;
    private boolean scrollPending;
    private SequenceLayout builtFor;

    public SequenceView(SequenceModel model) {
        this.model = model;
        getStyleClass().add("sequence-view");
        java.net.URL css = SequenceView.class.getResource(STYLESHEET);
        if (css == null) {
            throw new IllegalStateException("stylesheet " + STYLESHEET + " is missing from the application");
        }
        getStylesheets().add(css.toExternalForm());
        setId("sequence");
        header.getStyleClass().add("seq-header");
        scroller.getStyleClass().add("seq-scroll");
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        cursorBar.getStyleClass().add("seq-cursor-bar");
        cursorBar.setManaged(false);
        cursorBar.setMouseTransparent(true);
        probe.getStyleClass().add("seq-text");
        probe.setVisible(false);
        probe.setManaged(false);
        empty.getStyleClass().add("stage-placeholder");
        empty.setWrapText(true);
        setTop(header);
        setCenter(scroller);
        body.setOnMouseClicked(e -> {
            int row = geometry == null ? -1 : geometry.rowAt(e.getY());
            if (row >= 0) {
                model.select(row);
            }
        });
        model.layoutProperty().addListener((obs, old, layout) -> rebuildIfShown());
        sceneProperty().addListener((obs, old, scene) -> rebuildIfShown());
        model.currentRowProperty().addListener((obs, old, now) -> showCursor());
        rebuildIfShown();
    }

    /**
     * Builds the rows for the model's layout once the view is in a scene: with the topology shown alone the
     * view is out of the scene, and a new trace (a lesson opening, a what-if re-run) then costs it nothing.
     */
    private void rebuildIfShown() {
        if (getScene() != null && builtFor != model.getLayout()) {
            builtFor = model.getLayout();
            rebuild(builtFor);
        }
    }

    private void rebuild(SequenceLayout layout) {
        header.getChildren().clear();
        actorLabels.clear();
        lifelines.clear();
        rows.clear();
        for (Column column : layout.columns()) {
            Label label = new Label(column.label(), new FontIcon(StageIcons.actor(column.kind())));
            label.getStyleClass().addAll("seq-actor", "seq-actor-" + column.kind().name().toLowerCase(
                    java.util.Locale.ROOT).replace('_', '-'));
            label.setManaged(false);
            label.setWrapText(true);
            label.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            actorLabels.add(label);
            Line lifeline = new Line();
            lifeline.getStyleClass().add("seq-lifeline");
            lifeline.setManaged(false);
            lifelines.add(lifeline);
        }
        header.getChildren().addAll(actorLabels);
        layout.rows().forEach(r -> rows.add(new RowNode(r)));
        body.getChildren().setAll(probe, cursorBar);
        body.getChildren().addAll(lifelines);
        body.getChildren().addAll(rows);
        if (layout.columns().isEmpty()) {
            body.getChildren().add(empty);
        }
        showCursor();
        body.requestLayout();
        header.requestLayout();
        requestLayout();
    }

    private void showCursor() {
        rows.forEach(r -> r.setState(model.state(r.row().seq())));
        cursorBar.setVisible(model.getCurrentRow() >= 0 && model.getCurrentRow() < rows.size());
        scrollPending = true;
        body.requestLayout();
    }

    /**
     * Names on one line when each fits its column; otherwise every other name drops to a second line, so each
     * may take two columns' width (the first and last one and a half, moved inwards), wrapping beyond that.
     */
    @Override
    protected void layoutChildren() {
        double spacing = (getWidth() - GUTTER) / Math.max(1, actorLabels.size());
        boolean stagger = actorLabels.stream().anyMatch(l -> l.prefWidth(-1) > spacing - HEADER_GAP);
        double max = (stagger ? 2 * spacing : spacing) - HEADER_GAP;
        double[] lineHeights = new double[2];
        for (int i = 0; i < actorLabels.size(); i++) {
            Label label = actorLabels.get(i);
            boolean end = i == 0 || i == actorLabels.size() - 1;
            double lw = Math.min(label.prefWidth(-1), stagger && end ? 1.5 * spacing - HEADER_GAP : max);
            label.resize(lw, label.prefHeight(lw));
            int line = stagger ? i % 2 : 0;
            lineHeights[line] = Math.max(lineHeights[line], label.getHeight());
        }
        double headerHeight = lineHeights[0] + lineHeights[1] + (stagger ? 3 : 2) * HEADER_GAP / 2;
        header.setMinHeight(headerHeight);
        header.setPrefHeight(headerHeight);
        super.layoutChildren();
        for (int i = 0; i < actorLabels.size(); i++) {
            Label label = actorLabels.get(i);
            boolean second = stagger && i % 2 == 1;
            double top = second ? lineHeights[0] + HEADER_GAP : HEADER_GAP / 2;
            double lineHeight = lineHeights[second ? 1 : 0];
            double x = GUTTER + (i + 0.5) * spacing - label.getWidth() / 2;
            label.relocate(Math.max(HEADER_GAP / 2, Math.min(x, getWidth() - label.getWidth() - HEADER_GAP / 2)),
                    top + (lineHeight - label.getHeight()) / 2);
        }
    }

    /** The row nodes, for tests. */
    List<RowNode> rowNodes() {
        return rows;
    }

    /** The geometry of the last layout, for tests; null before the first. */
    SequenceGeometry geometry() {
        return geometry;
    }

    ScrollPane scroller() {
        return scroller;
    }

    /** The scrolling part: lifelines, cursor bar and rows, as tall as all the rows. */
    private final class Body extends Pane {

        Body() {
            getStyleClass().add("seq-body");
        }

        private double rowHeight() {
            return Math.ceil(probe.prefHeight(-1) * 1.9);
        }

        @Override
        protected double computePrefHeight(double width) {
            return new SequenceGeometry(width, GUTTER, 0, rowHeight(), lifelines.size(), rows.size()).height();
        }

        @Override
        protected void layoutChildren() {
            SequenceGeometry g = new SequenceGeometry(getWidth(), GUTTER, 0, rowHeight(), lifelines.size(),
                    rows.size());
            geometry = g;
            for (int i = 0; i < lifelines.size(); i++) {
                Line lifeline = lifelines.get(i);
                lifeline.setStartX(g.columnX(i));
                lifeline.setEndX(g.columnX(i));
                lifeline.setStartY(0);
                lifeline.setEndY(Math.max(g.height(), getHeight()));
            }
            rows.forEach(r -> r.place(g));
            int current = model.getCurrentRow();
            if (current >= 0 && current < rows.size()) {
                cursorBar.resizeRelocate(0, g.rowTop(current), getWidth(), g.rowHeight());
            }
            double ew = Math.min(getWidth() - 40, empty.prefWidth(-1));
            empty.resizeRelocate((getWidth() - ew) / 2, 40, ew, empty.prefHeight(ew));
            if (scrollPending) {
                scrollPending = false;
                scrollTo(g, current);
            }
        }

        private void scrollTo(SequenceGeometry g, int current) {
            double viewHeight = scroller.getViewportBounds().getHeight();
            double extra = getHeight() - viewHeight;
            if (extra <= 0 || viewHeight <= 0) {
                return;
            }
            double viewTop = scroller.getVvalue() * extra;
            double next = g.keepVisible(current, viewTop, viewHeight, SCROLL_MARGIN);
            scroller.setVvalue(next / extra);
        }
    }
}
