package dev.trustflow.app.stage;

import dev.trustflow.app.stage.StageLayout.Point;
import dev.trustflow.sim.world.Actor;
import dev.trustflow.sim.world.Link;
import dev.trustflow.sim.world.Topology;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;

/**
 * The animated topology: zone bands, links styled by channel ({@code link-front}, {@code link-back},
 * {@code link-attack}, {@code link-out-of-band}), actors, and the current event's effects on top.
 */
public final class TopologyView extends Pane {

    private static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("active");
    private static final double HEADER_GAP = 12;
    /** How far beyond its badge and name a link must pass from an actor it does not join. */
    private static final double CLEARANCE_MARGIN = 10;

    private final StageModel model;
    private final Pane bands = new Pane();
    private final Pane links = new Pane();
    private final Pane actors = new Pane();
    private final EffectLayer effects = new EffectLayer();
    private final Label empty = new Label("Pick a scenario on the left to see who talks to whom.");
    private final Map<String, ActorNode> actorNodes = new LinkedHashMap<>();
    private final List<LinkLine> linkLines = new ArrayList<>();
    private final List<Label> zoneLabels = new ArrayList<>();
    private final List<Region> zoneBands = new ArrayList<>();
    private StageLayout layout;
    private LayoutInputs laidOutFor;

    public TopologyView(StageModel model) {
        this.model = model;
        getStyleClass().add("topology-stage");
        setId("topology");
        bands.setMouseTransparent(true);
        links.setMouseTransparent(true);
        empty.getStyleClass().add("stage-placeholder");
        empty.setWrapText(true);
        getChildren().addAll(bands, links, actors, effects, empty);
        model.topologyProperty().addListener((obs, old, topology) -> rebuild(topology));
        model.frameProperty().addListener((obs, old, frame) -> showFrame(frame));
        rebuild(model.topologyProperty().get());
        showFrame(model.getFrame());
    }

    private void rebuild(Topology topology) {
        actorNodes.clear();
        linkLines.clear();
        zoneLabels.clear();
        zoneBands.clear();
        bands.getChildren().clear();
        links.getChildren().clear();
        actors.getChildren().clear();
        layout = null;
        for (Actor actor : topology.actors()) {
            ActorNode node = new ActorNode(actor);
            node.setManaged(false);
            actorNodes.put(actor.id(), node);
            actors.getChildren().add(node);
        }
        for (Link link : topology.links()) {
            LinkLine line = new LinkLine(link);
            linkLines.add(line);
            links.getChildren().add(line.line);
        }
        List<String> zones = TopologyLayout.zoneOrder(topology);
        for (int i = 0; i < zones.size(); i++) {
            Region band = new Region();
            band.setManaged(false);
            band.getStyleClass().addAll("zone-band", i % 2 == 0 ? "zone-band-even" : "zone-band-odd");
            Label label = new Label(TopologyLayout.zoneLabel(zones.get(i)));
            label.getStyleClass().add("zone-label");
            label.setManaged(false);
            zoneBands.add(band);
            zoneLabels.add(label);
            bands.getChildren().addAll(band, label);
        }
        empty.setVisible(topology.actors().isEmpty());
        requestLayout();
    }

    private void showFrame(StageFrame frame) {
        actorNodes.forEach((id, node) -> {
            node.setActive(frame.active().contains(id));
            node.setCompromised(frame.compromised().contains(id));
        });
        Set<String> active = frame.active();
        linkLines.forEach(l -> l.line.pseudoClassStateChanged(ACTIVE,
                active.size() == 2 && active.contains(l.link.from()) && active.contains(l.link.to())));
        effects.show(frame, model.travelTime());
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double header = zoneLabels.stream().mapToDouble(l -> l.prefHeight(-1)).max().orElse(0) + HEADER_GAP * 2;
        double clearance = actorNodes.values().stream().mapToDouble(n -> n.prefHeight(-1) - n.badgeRadius())
                .max().orElse(0) + CLEARANCE_MARGIN;
        LayoutInputs inputs = new LayoutInputs(model.topologyProperty().get(), w, h, header, clearance);
        StageLayout next = inputs.equals(laidOutFor) && layout != null ? layout
                : TopologyLayout.layout(inputs.topology(), w, h, header, clearance);
        laidOutFor = inputs;
        for (int i = 0; i < next.zones().size() && i < zoneBands.size(); i++) {
            StageLayout.Zone zone = next.zones().get(i);
            zoneBands.get(i).resizeRelocate(zone.x(), 0, zone.width(), h);
            Label label = zoneLabels.get(i);
            label.autosize();
            label.relocate(zone.x() + (zone.width() - label.getWidth()) / 2, HEADER_GAP);
        }
        actorNodes.forEach((id, node) -> {
            Point p = next.actor(id).orElse(new Point(0, 0));
            double nodeWidth = Math.max(node.longestWordWidth(), Math.min(node.prefWidth(-1), maxActorWidth(next, p)));
            node.resize(nodeWidth, node.prefHeight(nodeWidth));
            node.relocate(p.x() - nodeWidth / 2, p.y() - node.badgeRadius());
        });
        for (LinkLine l : linkLines) {
            Point a = next.actor(l.link.from()).orElse(new Point(0, 0));
            Point b = next.actor(l.link.to()).orElse(new Point(0, 0));
            l.line.setStartX(a.x());
            l.line.setStartY(a.y());
            l.line.setEndX(b.x());
            l.line.setEndY(b.y());
        }
        for (Pane layer : List.of(bands, links, actors)) {
            layer.resizeRelocate(0, 0, w, h);
        }
        effects.resizeRelocate(0, 0, w, h);
        if (!next.equals(layout)) {
            layout = next;
            effects.setGeometry(next, actorNodes);
        }
        double emptyWidth = Math.min(w - 40, empty.prefWidth(-1));
        empty.resizeRelocate((w - emptyWidth) / 2, h / 2 - empty.prefHeight(emptyWidth) / 2, emptyWidth,
                empty.prefHeight(emptyWidth));
    }

    /** The stage takes the room it is given and never pushes the narration or the timeline out. */
    @Override
    protected double computePrefHeight(double width) {
        return computeMinHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
        return computeMinWidth(height);
    }

    private static double maxActorWidth(StageLayout layout, Point p) {
        return layout.zoneAt(p).map(z -> z.width() - 8).orElse(160.0);
    }

    /** For tests: the actor node of an id, and whether effects still animate. */
    ActorNode actorNode(String id) {
        return actorNodes.get(id);
    }

    boolean isAnimating() {
        return effects.isAnimating();
    }

    private static final class LinkLine {
        final Link link;
        final Line line = new Line();

        LinkLine(Link link) {
            this.link = link;
            line.getStyleClass().addAll("link", "link-" + link.channel().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
    }

    /** What the stage layout depends on: when a step changes none of it, the last layout is reused. */
    private record LayoutInputs(Topology topology, double width, double height, double header, double clearance) {
    }
}
