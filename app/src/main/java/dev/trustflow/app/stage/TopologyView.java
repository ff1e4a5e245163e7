package dev.trustflow.app.stage;

import dev.trustflow.app.stage.WorldLayout.Box;
import dev.trustflow.app.stage.WorldLayout.Drawing;
import dev.trustflow.app.stage.WorldLayout.Route;
import dev.trustflow.sim.world.Actor;
import dev.trustflow.sim.world.Link;
import dev.trustflow.sim.world.Topology;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Polyline;
import javafx.scene.transform.Scale;

/**
 * The animated topology: zone lanes, links styled by channel ({@code link-front}, {@code link-back},
 * {@code link-attack}, {@code link-out-of-band}) and protection ({@code link-plain}, {@code link-tls},
 * {@code link-mtls}), actors, a legend, and the current event's effects on top.
 *
 * <p>Where things go is decided once per world (the union of the runs of one scenario, see
 * {@link StageModel#worldProperty()}) and font: {@link WorldLayout} lays the world out, {@link StageFit} fits
 * that drawing to the stage and is kept while it still holds, so actors stay put from step to step and from
 * what-if to what-if. The fit uses the height the window gives the stage ({@link #fitHeightProperty()}, a share
 * of the centre), never its current height. While it {@linkplain #keepsHeightProperty() keeps its height} the
 * stage answers the height its fitted drawing needs at a width in its size methods, so the narration under it
 * takes the rest and a step's longer or shorter narration neither moves nor resizes it. Actors the current run
 * does not declare are hidden, in their places.
 */
public final class TopologyView extends Pane {

    private static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("active");
    private static final PseudoClass BREACHED = PseudoClass.getPseudoClass("breached");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    /** The room kept under the drawing for check callouts, in ems: a callout's one line and its padding. */
    private static final double CALLOUT_EMS = 3;

    private final BooleanProperty keepsHeight = new SimpleBooleanProperty(this, "keepsHeight", false);
    private final DoubleProperty fitHeightProperty = new SimpleDoubleProperty(this, "fitHeight", 0);
    private final ReadOnlyDoubleWrapper neededHeight = new ReadOnlyDoubleWrapper(this, "neededHeight", 0);
    private final StageModel model;
    private final Pane content = new Pane();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Pane bands = new Pane();
    private final ZoneLanes lanes = new ZoneLanes(bands);
    private final Pane links = new Pane();
    private final Pane actors = new Pane();
    private final EffectLayer effects = new EffectLayer();
    private final StageLegend legend = new StageLegend();
    private final Label empty = new Label("Pick a scenario on the left to see who talks to whom.");
    private final Map<String, ActorNode> actorNodes = new LinkedHashMap<>();
    private final List<Polyline> linkLines = new ArrayList<>();
    private Topology world = Topology.empty();
    private Drawing drawing;
    private final KeptDrawing drawings = new KeptDrawing();
    private StageFit fit;
    private ActorCommands commands;
    /** The breach shown, revealed in reach order. */
    private final BreachSpread breach;

    /**
     * The height the stage is fitted to, when it has at least that much (0: its height now). The window sets it
     * to the share of the centre the stage always has.
     */
    public DoubleProperty fitHeightProperty() {
        return fitHeightProperty;
    }

    /**
     * The height the fitted drawing needs: its actors, the room for callouts under them and the legend. A world of
     * one row needs less than the height it was fitted to; the window gives the rest to the narration.
     */
    public ReadOnlyDoubleProperty neededHeightProperty() {
        return neededHeight.getReadOnlyProperty();
    }

    /**
     * Whether the stage keeps the height its drawing needs, whatever room its parent has (true while it is alone
     * in the centre: the narration under it takes the rest); false, it takes the height it is given.
     */
    public BooleanProperty keepsHeightProperty() {
        return keepsHeight;
    }

    public TopologyView(StageModel model) {
        this.model = model;
        this.breach = new BreachSpread(() -> showCompromised(model.getFrame()));
        getStyleClass().add("topology-stage");
        setId("topology");
        links.setMouseTransparent(true);
        empty.getStyleClass().add("stage-placeholder");
        empty.setWrapText(true);
        content.getTransforms().add(scale);
        content.setManaged(false);
        content.getChildren().addAll(bands, links, actors, legend, effects);
        // placed by hand in layoutChildren: the content pane must not size them to their preferred sizes
        content.getChildren().forEach(layer -> layer.setManaged(false));
        getChildren().addAll(content, empty);
        keepsHeight.addListener((obs, old, keeps) -> requestLayout());
        model.worldProperty().addListener((obs, old, next) -> rebuild(next));
        model.topologyProperty().addListener((obs, old, run) -> showRun(run));
        model.frameProperty().addListener((obs, old, frame) -> showFrame(frame));
        model.selectedProperty().addListener((obs, old, actor) -> showSelected());
        model.breachProperty().addListener((obs, old, next) -> breach.show(next));
        rebuild(model.worldProperty().get());
        showFrame(model.getFrame());
    }

    private void rebuild(Topology next) {
        world = next;
        actorNodes.clear();
        linkLines.clear();
        links.getChildren().clear();
        actors.getChildren().clear();
        drawings.forget();
        drawing = null;
        fit = null;
        for (Actor actor : world.actors()) {
            ActorNode node = new ActorNode(actor);
            node.setManaged(false);
            actorNodes.put(actor.id(), node);
            actors.getChildren().add(node);
            installCommands(node);
        }
        for (Link link : WorldLayout.merged(world.links())) {
            Polyline line = new Polyline();
            line.getStyleClass().addAll("link", StageLegend.channelClass(link.channel()),
                    StageLegend.protectionClass(link.protection()));
            line.setUserData(link);
            linkLines.add(line);
            links.getChildren().add(line);
        }
        lanes.show(world);
        legend.show(world);
        empty.setVisible(world.actors().isEmpty());
        showRun(model.topologyProperty().get());
        showSelected();
        requestLayout();
    }

    /**
     * Lets the student select an actor with a click and breach it from its context menu ("Breach here"); a stage
     * without commands (the comparison's) offers neither.
     */
    public void setActorCommands(ActorCommands commands) {
        this.commands = commands;
        actorNodes.values().forEach(this::installCommands);
    }

    private void installCommands(ActorNode node) {
        if (commands != null) {
            ActorMenu.attach(node, commands);
        }
    }

    private void showSelected() {
        String selected = model.selectedProperty().get();
        actorNodes.forEach((id, node) -> node.pseudoClassStateChanged(SELECTED, id.equals(selected)));
    }

    /** The frame's compromised actors and the breach's so far; the breach's links marked. */
    private void showCompromised(StageFrame frame) {
        actorNodes.forEach((id, node) -> node.setCompromised(frame.compromised().contains(id) || breach.reached(id)));
        for (Polyline line : linkLines) {
            line.pseudoClassStateChanged(BREACHED, breach.opened((Link) line.getUserData()));
        }
    }

    /** For tests: whether a breach is still spreading on the stage. */
    boolean isBreachSpreading() {
        return breach.isSpreading();
    }

    /** Shows the actors and links the current run declares; the rest of the world stays hidden in place. */
    private void showRun(Topology run) {
        actorNodes.forEach((id, node) -> node.setVisible(run.actor(id).isPresent()));
        for (Polyline line : linkLines) {
            Link link = (Link) line.getUserData();
            line.setVisible(run.link(link.from(), link.to()).isPresent());
        }
    }

    private void showFrame(StageFrame frame) {
        actorNodes.forEach((id, node) -> node.setActive(frame.active().contains(id)));
        showCompromised(frame);
        Set<String> active = frame.active();
        for (Polyline line : linkLines) {
            Link link = (Link) line.getUserData();
            line.pseudoClassStateChanged(ACTIVE, active.size() == 2 && active.contains(link.from())
                    && active.contains(link.to()));
        }
        effects.show(frame, model.travelTime(), model.settleTime());
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        Fitted fitted = fittedTo(w, fitHeightProperty.get() > 0 ? fitHeightProperty.get() : h);
        neededHeight.set(fitted.neededHeight());
        place(fitted.fit(), w / fitted.fit().scale(), h / fitted.fit().scale(), fitted.spare());
        double emptyWidth = Math.min(w - 40, empty.prefWidth(-1));
        empty.resizeRelocate((w - emptyWidth) / 2, h / 2 - empty.prefHeight(emptyWidth) / 2, emptyWidth,
                empty.prefHeight(emptyWidth));
    }

    /**
     * The world's drawing fitted to {@code w} x {@code fitHeight} (the fit kept while it still holds), with the room
     * kept under it for callouts and the height it needs.
     */
    private Fitted fittedTo(double w, double fitHeight) {
        Drawing next = drawings.of(world, actorNodes);
        if (next != drawing) {
            drawing = next;
            fit = null;
        }
        double header = lanes.header();
        List<Double> labelWidths = lanes.labelWidths();
        double spare = CALLOUT_EMS * lanes.em();
        double legendHeight = legend.isVisible() ? legend.prefHeight(-1) + StageFit.MARGIN : 0;
        double footer = legendHeight + spare;
        // Fitted to the height the window gives the stage (a share of the centre), not to the height it has now:
        // that follows the narration under it, and actors must not move when the narration changes.
        if (fit == null || !fit.holdsAt(w, fitHeight, legendHeight)) {
            fit = StageFit.of(drawing, labelWidths, header, footer, w, fitHeight);
            double legendWidth = fit.width() - 2 * StageFit.MARGIN;
            if (legend.isVisible() && legend.prefWidth(-1) > legendWidth) {
                footer = legend.prefHeight(legendWidth) + StageFit.MARGIN + spare;
                fit = StageFit.of(drawing, labelWidths, header, footer, w, fitHeight);
            }
        }
        double bottom = fit.actors().values().stream().mapToDouble(Box::maxY).max().orElse(0);
        double needed = world.actors().isEmpty() ? fitHeight
                : Math.min(fitHeight, fit.scale() * (bottom + footer + 2 * StageFit.MARGIN));
        return new Fitted(fit, spare, needed);
    }

    /** Places everything by {@code at} on content {@code width} x {@code height}, {@code spare} of it kept for callouts. */
    private void place(StageFit at, double width, double height, double spare) {
        scale.setX(at.scale());
        scale.setY(at.scale());
        content.resizeRelocate(0, 0, width, height);
        for (Pane layer : List.of(bands, links, actors, effects)) {
            layer.resizeRelocate(0, 0, width, height);
        }
        List<Box> fixed = new ArrayList<>(lanes.place(at.lanes(), width, height));
        Map<String, Point> badges = new LinkedHashMap<>();
        Map<String, Double> radii = new LinkedHashMap<>();
        at.actors().forEach((id, box) -> {
            ActorNode node = actorNodes.get(id);
            node.resize(box.width(), box.height());
            node.relocate(box.x(), box.y());
            badges.put(id, new Point(box.centre().x(), box.y() + node.badgeRadius()));
            radii.put(id, node.badgeRadius());
        });
        for (Polyline line : linkLines) {
            Link link = (Link) line.getUserData();
            List<Double> xy = new ArrayList<>();
            at.routes().stream().filter(r -> r.link().equals(link)).findFirst()
                    .ifPresent(r -> BadgeRims.route(r, badges, radii).forEach(p -> {
                        xy.add(p.x());
                        xy.add(p.y());
                    }));
            line.getPoints().setAll(xy);
        }
        double bottom = height - StageFit.MARGIN;
        if (legend.isVisible()) {
            double legendWidth = Math.min(legend.prefWidth(-1), width - 2 * StageFit.MARGIN);
            double legendHeight = legend.prefHeight(legendWidth);
            legend.resizeRelocate(StageFit.MARGIN, bottom - legendHeight, legendWidth, legendHeight);
            fixed.add(new Box(legend.getLayoutX(), legend.getLayoutY(), legendWidth, legendHeight));
            bottom = legend.getLayoutY() - StageFit.MARGIN;
        }
        double drawn = at.actors().values().stream().mapToDouble(Box::maxY).max().orElse(0);
        double top = Math.max(drawn, bottom - spare);
        Box room = new Box(0, top, width, Math.max(0, bottom - top));
        effects.setGeometry(new StageGeometry(width, height, at.actors(), badges, at.routes(), fixed, room));
    }

    /**
     * While it keeps its height (alone in the centre), the stage's minimum, preferred and maximum height for a width
     * are the height its fitted drawing needs at that width, so its parent sizes it right in the same layout pass
     * and a step whose narration is a line longer does not resize (and repaint) it. Otherwise it takes the room it
     * is given and never pushes the narration or the timeline out.
     */
    @Override
    protected double computeMinHeight(double width) {
        return keepsHeight.get() ? heightFor(width) : super.computeMinHeight(width);
    }

    @Override
    protected double computeMaxHeight(double width) {
        return keepsHeight.get() ? heightFor(width) : super.computeMaxHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        return computeMinHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
        return computeMinWidth(height);
    }

    @Override
    public Orientation getContentBias() {
        return keepsHeight.get() ? Orientation.HORIZONTAL : null;
    }

    /** The height the drawing needs at {@code width}, fitted to the share of the centre the window gives. */
    private double heightFor(double width) {
        double fitHeight = fitHeightProperty.get();
        double w = width > 0 ? width : getWidth();
        if (fitHeight <= 0 || w <= 0) {
            return super.computeMinHeight(width);
        }
        return Math.ceil(fittedTo(w, fitHeight).neededHeight());
    }

    /** For tests: the actor node of an id, and whether effects still animate. */
    ActorNode actorNode(String id) {
        return actorNodes.get(id);
    }

    boolean isAnimating() {
        return effects.isAnimating();
    }

    /** A fitted drawing, the room under it kept for callouts and the height it needs. */
    private record Fitted(StageFit fit, double spare, double neededHeight) {
    }

    /** For tests: the drawing's route of each link. */
    List<Route> routes() {
        return fit == null ? List.of() : fit.routes();
    }
}
