package dev.trustflow.app.stage;

import dev.trustflow.app.stage.WorldLayout.Box;
import dev.trustflow.app.stage.WorldLayout.Lane;
import dev.trustflow.sim.world.Topology;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * The zones' lanes on the stage, in {@link Zones} order: a band per zone, tinted in turn, with the zone's name at
 * its top. They live in one layer of the {@link TopologyView}, under the links and actors.
 */
final class ZoneLanes {

    private final Pane layer;
    private final List<Region> bands = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();

    ZoneLanes(Pane layer) {
        this.layer = layer;
        layer.setMouseTransparent(true);
    }

    /** A band and a name for each zone of {@code world}, in place of the last world's. */
    void show(Topology world) {
        bands.clear();
        labels.clear();
        layer.getChildren().clear();
        for (String zone : Zones.zoneOrder(world)) {
            Region band = new Region();
            band.setManaged(false);
            band.getStyleClass().addAll("zone-band", bands.size() % 2 == 0 ? "zone-band-even" : "zone-band-odd");
            String text = world.zones().stream().anyMatch(z -> z.id().equals(zone)) ? world.zone(zone).label()
                    : Zones.zoneLabel(zone);
            Label label = new Label(text);
            label.getStyleClass().add("zone-label");
            label.setManaged(false);
            bands.add(band);
            labels.add(label);
            layer.getChildren().addAll(band, label);
        }
    }

    /** The height of the names' row above the drawing, its margins included. */
    double header() {
        return labels.stream().mapToDouble(l -> l.prefHeight(-1)).max().orElse(0) + 2 * StageFit.MARGIN;
    }

    /** Each zone's name's width, in lane order. */
    List<Double> labelWidths() {
        return labels.stream().map(l -> l.prefWidth(-1)).toList();
    }

    /**
     * Places the bands on the fitted {@code lanes} over content {@code height}, the last one reaching {@code width}
     * (the stage's right edge, wherever that is now), each name centred at its band's top; returns the names' boxes.
     */
    List<Box> place(List<Lane> lanes, double width, double height) {
        List<Box> names = new ArrayList<>();
        for (int i = 0; i < lanes.size() && i < bands.size(); i++) {
            Lane lane = lanes.get(i);
            double laneWidth = i == lanes.size() - 1 ? width - lane.x() : lane.width();
            bands.get(i).resizeRelocate(lane.x(), 0, laneWidth, height);
            Label label = labels.get(i);
            label.autosize();
            label.relocate(lane.x() + (laneWidth - label.getWidth()) / 2, StageFit.MARGIN);
            names.add(new Box(label.getLayoutX(), label.getLayoutY(), label.getWidth(), label.getHeight()));
        }
        return names;
    }

    /** The stage's em: the root font size, read from a zone's name (0.9em, see app.css); 14 without zones. */
    double em() {
        return labels.isEmpty() ? 14 : labels.get(0).getFont().getSize() / 0.9;
    }
}
