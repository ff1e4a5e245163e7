package dev.trustflow.app.timeline;

import java.util.List;
import java.util.function.IntConsumer;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/**
 * One phase on the timeline: its title above the markers of its events. The title is elided to the group's width
 * and hidden when not even a few letters fit; its tooltip keeps the full title. {@code :current} marks the phase the
 * cursor is in, {@code :past} those before it. Clicking the title asks for the phase's first step.
 */
final class PhaseGroupView extends VBox {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass PAST = PseudoClass.getPseudoClass("past");
    /** The narrowest title worth showing, in em: about three letters and an ellipsis. */
    private static final double MIN_TITLE_EM = 3;

    private final PhaseGroup group;
    private final MarkerStrip markers;

    PhaseGroupView(PhaseGroup group, int index, IntConsumer jumpTo) {
        this.group = group;
        getStyleClass().add("phase-group");
        setId("phase-" + index);
        setMinWidth(0);
        Label title = new Label(group.title());
        title.getStyleClass().add("phase-title");
        title.setTextOverrun(OverrunStyle.ELLIPSIS);
        title.setMinWidth(0);
        title.setMaxWidth(Double.MAX_VALUE);
        title.setTooltip(new Tooltip(group.tooltip()));
        title.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> getWidth() >= MIN_TITLE_EM * title.getFont().getSize(), widthProperty(), title.fontProperty()));
        title.setOnMouseClicked(e -> jumpTo.accept(group.first()));
        markers = new MarkerStrip("phase-markers-" + index, "phase-markers");
        markers.setMinWidth(0);
        markers.show(group.markers().stream()
                .map(m -> new MarkerStrip.Cell(List.of(m.styleClass()), m.tooltip(), () -> jumpTo.accept(m.seq())))
                .toList(), -1);
        getChildren().addAll(title, markers);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
    }

    double weight() {
        return group.weight();
    }

    /** Marks the cursor's step among this phase's markers, and whether the phase is current or past. */
    void markCurrent(int cursor) {
        markers.markCurrent(cursor - group.first());
        pseudoClassStateChanged(CURRENT, group.contains(cursor));
        pseudoClassStateChanged(PAST, cursor > group.last());
    }
}
