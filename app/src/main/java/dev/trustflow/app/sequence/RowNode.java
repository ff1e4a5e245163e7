package dev.trustflow.app.sequence;

import dev.trustflow.app.sequence.SequenceLayout.Row;
import java.util.Locale;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The nodes of one row: its step number in the gutter, then an arrow with its label, a gate, a separator or a
 * note. Styled by CSS classes ({@code seq-message}, {@code seq-stroke-front}, {@code seq-gate-fail}...) and the
 * pseudo-classes {@code :current} and {@code :future}.
 */
final class RowNode extends Pane {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass FUTURE = PseudoClass.getPseudoClass("future");
    private static final double HEAD = 9;

    private final Row row;
    private final Label number = new Label();
    private final Label text = new Label();
    private final Line line = new Line();
    private final Polygon head = new Polygon();

    RowNode(Row row) {
        this.row = row;
        getStyleClass().addAll("seq-row", "seq-" + row.kind().name().toLowerCase(Locale.ROOT));
        if (row.alarm()) {
            getStyleClass().add("seq-alarm");
        }
        number.setText(String.valueOf(row.seq() + 1));
        number.getStyleClass().add("seq-number");
        text.setText(row.text());
        text.getStyleClass().add("seq-text");
        line.getStyleClass().addAll("seq-line", "seq-stroke-" + row.stroke().name().toLowerCase(Locale.ROOT)
                .replace('_', '-'));
        head.getStyleClass().addAll("seq-head", "seq-stroke-" + row.stroke().name().toLowerCase(Locale.ROOT)
                .replace('_', '-'));
        for (javafx.scene.Node n : new javafx.scene.Node[] {number, text, line, head}) {
            n.setManaged(false);
        }
        switch (row.kind()) {
            case MESSAGE:
                getChildren().addAll(number, line, head, text);
                break;
            case JUMP:
                getChildren().addAll(number, line, text);
                break;
            default:
                getChildren().addAll(number, text);
                break;
        }
        icon(row).ifPresent(ikon -> {
            FontIcon icon = new FontIcon(ikon);
            icon.getStyleClass().add("seq-icon");
            text.setGraphic(icon);
        });
        Tooltip.install(this, new Tooltip(row.caption()));
    }

    private static Optional<Ikon> icon(Row row) {
        switch (row.kind()) {
            case GATE:
                return Optional.of(row.alarm() ? MaterialDesignC.CLOSE_CIRCLE : MaterialDesignC.CHECK_CIRCLE);
            case JUMP:
                return Optional.of(MaterialDesignC.CLOCK_FAST);
            default:
                return row.stroke() == SequenceLayout.Stroke.LEAK ? Optional.of(MaterialDesignA.ALERT)
                        : Optional.empty();
        }
    }

    Row row() {
        return row;
    }

    Label label() {
        return text;
    }

    void setState(SequenceModel.RowState state) {
        pseudoClassStateChanged(CURRENT, state == SequenceModel.RowState.CURRENT);
        pseudoClassStateChanged(FUTURE, state == SequenceModel.RowState.FUTURE);
    }

    /** Places the row's nodes for {@code g}; coordinates are relative to the row's own top-left corner. */
    void place(SequenceGeometry g) {
        double h = g.rowHeight();
        double mid = h / 2;
        resizeRelocate(0, g.rowTop(row.seq()), g.width(), h);
        number.autosize();
        number.relocate(g.gutter() - number.getWidth() - 6, mid - number.getHeight() / 2);
        double x1 = g.columnX(row.from());
        double x2 = g.columnX(row.to());
        double spacing = g.columnSpacing();
        switch (row.kind()) {
            case MESSAGE:
                placeArrow(x1, x2, h, spacing);
                break;
            case JUMP:
                placeLine(g.gutter(), g.width() - 4, mid);
                placeText(g, (g.gutter() + g.width()) / 2, mid, g.width());
                break;
            default:
                placeText(g, x1, mid, Math.max(spacing * 2.2, 90));
                break;
        }
    }

    private void placeArrow(double x1, double x2, double h, double spacing) {
        double y = h * 0.74;
        placeLine(x1, x2, y);
        double dir = Math.signum(x2 - x1);
        head.getPoints().setAll(x2, y, x2 - dir * HEAD, y - HEAD / 2, x2 - dir * HEAD, y + HEAD / 2);
        double span = Math.abs(x2 - x1);
        double max = Math.max(span - 8, Math.min(spacing * 1.6, 200));
        double w = Math.min(text.prefWidth(-1), max);
        double th = text.prefHeight(w);
        text.resize(w, th);
        text.relocate((x1 + x2) / 2 - w / 2, Math.max(0, y - th - 1));
    }

    private void placeLine(double x1, double x2, double y) {
        line.setStartX(x1);
        line.setEndX(x2);
        line.setStartY(y);
        line.setEndY(y);
    }

    /** Centres the text on {@code centreX}, moved inwards where it would leave the diagram. */
    private void placeText(SequenceGeometry g, double centreX, double centreY, double maxWidth) {
        double w = Math.min(text.prefWidth(-1), Math.min(maxWidth, g.width() - g.gutter()));
        double th = text.prefHeight(w);
        text.resize(w, th);
        double x = Math.max(g.gutter(), Math.min(centreX - w / 2, g.width() - w - 2));
        text.relocate(x, centreY - th / 2);
    }
}
