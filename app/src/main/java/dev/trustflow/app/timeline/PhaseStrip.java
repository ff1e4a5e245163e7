package dev.trustflow.app.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * The timeline's phases side by side, each as wide as its share of the weights ({@link PhaseGroup#weight}) of
 * the width it is given. It asks for no minimum width, so the timeline row never pushes past the window however
 * long the run; a phase too narrow for its markers clips them.
 */
final class PhaseStrip extends Region {

    private final List<PhaseGroupView> groups = new ArrayList<>();

    PhaseStrip() {
        getStyleClass().add("phase-strip");
        setId("phases");
    }

    void show(List<PhaseGroup> phases, int cursor, IntConsumer jumpTo) {
        groups.clear();
        for (int i = 0; i < phases.size(); i++) {
            groups.add(new PhaseGroupView(phases.get(i), i, jumpTo));
        }
        getChildren().setAll(groups);
        markCurrent(cursor);
    }

    void markCurrent(int cursor) {
        groups.forEach(g -> g.markCurrent(cursor));
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return computeMinWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        double tallest = 0;
        for (Node g : getChildren()) {
            tallest = Math.max(tallest, g.prefHeight(-1));
        }
        return snappedTopInset() + tallest + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double total = groups.stream().mapToDouble(PhaseGroupView::weight).sum();
        if (total <= 0) {
            return;
        }
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double width = getWidth() - left - snappedRightInset();
        double height = getHeight() - top - snappedBottomInset();
        double x = left;
        for (PhaseGroupView g : groups) {
            double w = width * g.weight() / total;
            g.resizeRelocate(snapPositionX(x), top, snapSizeX(w), height);
            x += w;
        }
    }
}
