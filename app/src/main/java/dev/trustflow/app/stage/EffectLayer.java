package dev.trustflow.app.stage;

import dev.trustflow.app.stage.WorldLayout.Box;
import dev.trustflow.app.stage.WorldLayout.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.Animation;
import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.ScaleTransition;
import javafx.animation.SequentialTransition;
import javafx.animation.TranslateTransition;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Draws one {@link StageFrame}'s effects over the actors. Nodes are created when a frame arrives and placed
 * in the next layout pass, where their sizes are known; a frame that asks for animation starts its
 * transitions there, and a new frame stops whatever still runs (stepping fast skips animations).
 */
final class EffectLayer extends Pane {

    /** Where a clock jump may show, as shares of the stage's height, the first free one taken. */
    static final double[] CLOCK_JUMP_HEIGHTS = {0.16, 0.5, 0.84, 0.33, 0.67};

    /** Where a packet may come to rest, as shares of its way: near its destination first. */
    static final double[] REST_SHARES = {0.7, 0.6, 0.8, 0.5, 0.4, 0.3, 0.85, 0.2, 0.9, 0.1};

    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");
    /** The key under which a clock jump's banner keeps its full (not compact) size. */
    private static final String FULL_SIZE = "clock-jump.full-size";

    private final List<Placed> placed = new ArrayList<>();
    private final Map<Animation, Node> running = new LinkedHashMap<>();
    private StageGeometry geometry;
    /** Boxes effects keep off in this layout pass: actors, zone labels, legend, effects placed so far. */
    private final List<Box> taken = new ArrayList<>();
    private boolean animatePending;
    private Duration travel = Duration.ZERO;
    private Duration settle = Duration.ZERO;

    EffectLayer() {
        getStyleClass().add("effect-layer");
        setMouseTransparent(true);
    }

    /**
     * Shows {@code frame}; a packet takes {@code travelTime} to travel its whole link and {@code settleTime} more
     * to reach where it rests beside the link.
     */
    void show(StageFrame frame, java.time.Duration travelTime, java.time.Duration settleTime) {
        stopAll();
        placed.clear();
        getChildren().clear();
        for (StageEffect effect : frame.effects()) {
            Node node = create(effect);
            placed.add(new Placed(effect, node));
            getChildren().add(node);
        }
        animatePending = frame.animate();
        travel = Duration.millis(travelTime.toMillis());
        settle = Duration.millis(settleTime.toMillis());
        requestLayout();
    }

    void setGeometry(StageGeometry next) {
        if (next.equals(geometry)) {
            return;
        }
        boolean moved = geometry != null;
        geometry = next;
        if (moved) {
            stopAll();
        }
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        if (geometry == null) {
            return;
        }
        taken.clear();
        taken.addAll(geometry.obstacles());
        List<Placed> inOrder = new ArrayList<>(placed);
        // alarms and callouts sit beside their actor; packets and clock jumps take what room is left
        inOrder.sort(java.util.Comparator.comparingInt(p -> p.effect instanceof StageEffect.Packet
                || p.effect instanceof StageEffect.ClockJump ? 1 : 0));
        for (Placed p : inOrder) {
            p.node.autosize();
            if (p.effect instanceof StageEffect.Packet packet) {
                placePacket(packet, p.node);
            } else if (p.effect instanceof StageEffect.Gate gate) {
                placeGate(gate, (VBox) p.node);
            } else if (p.effect instanceof StageEffect.ClockJump) {
                placeClockJump(p.node);
            } else if (p.effect instanceof StageEffect.Alarm alarm) {
                placeAlarm(alarm, p.node);
            }
        }
        animatePending = false;
    }

    private Node create(StageEffect effect) {
        if (effect instanceof StageEffect.Packet packet) {
            Label label = new Label(packet.label(), StageIcons.icon(StageIcons.packet(packet.kind()), "packet-icon"));
            label.getStyleClass().addAll("packet", packet.styleClass(), "packet-" + packet.kind().name().toLowerCase());
            if (packet.failed()) {
                label.getStyleClass().add("packet-failed");
            }
            return label;
        }
        if (effect instanceof StageEffect.Gate gate) {
            Label check = new Label(gate.check(), StageIcons.icon(StageIcons.gate(false, false), "gate-icon"));
            check.getStyleClass().add("gate-check");
            VBox box = new VBox(check);
            box.getStyleClass().addAll("gate", "gate-pending");
            return box;
        }
        if (effect instanceof StageEffect.ClockJump jump) {
            Label label = new Label(jump.text(), StageIcons.icon(StageIcons.clockJump(), "clock-jump-icon"));
            label.getStyleClass().add("clock-jump");
            return label;
        }
        StageEffect.Alarm alarm = (StageEffect.Alarm) effect;
        Label label = new Label(alarm.label(), StageIcons.icon(StageIcons.alarm(), "alarm-icon"));
        label.getStyleClass().add("alarm");
        return new HBox(label);
    }

    private void placePacket(StageEffect.Packet packet, Node node) {
        List<Point> path = geometry.path(packet.from(), packet.to()).orElse(null);
        if (path == null) {
            node.setVisible(false);
            return;
        }
        double w = node.getLayoutBounds().getWidth();
        double h = node.getLayoutBounds().getHeight();
        List<Box> candidates = new ArrayList<>(FreeSpace.along(path, w, h, REST_SHARES));
        candidates.addAll(FreeSpace.inRoom(geometry.room(), FreeSpace.at(path, 0.7).x(), w, h));
        Box rest = FreeSpace.choose(candidates, taken, getWidth(), getHeight());
        taken.add(rest);
        if (animatePending) {
            play(travelThenSettle(node, path, rest, w, h), node);
            node.setTranslateX(path.get(0).x() - w / 2);
            node.setTranslateY(path.get(0).y() - h / 2);
        } else if (!isRunning(node)) {
            node.setTranslateX(rest.x());
            node.setTranslateY(rest.y());
        }
    }

    /**
     * The packet's motion: along the whole routed link from sender to receiver in {@link #travel} (each bend's leg
     * taking its share of the length), then to its resting box in {@link #settle}.
     */
    private SequentialTransition travelThenSettle(Node node, List<Point> path, Box rest, double w, double h) {
        SequentialTransition move = new SequentialTransition(node);
        double total = Math.max(1, FreeSpace.length(path));
        for (int i = 1; i < path.size(); i++) {
            double piece = path.get(i - 1).distance(path.get(i));
            move.getChildren().add(leg(travel.multiply(piece / total), path.get(i), w, h));
        }
        move.getChildren().add(leg(settle, rest.centre(), w, h));
        return move;
    }

    private static TranslateTransition leg(Duration time, Point to, double w, double h) {
        TranslateTransition leg = new TranslateTransition(time);
        leg.setToX(to.x() - w / 2);
        leg.setToY(to.y() - h / 2);
        return leg;
    }

    private void placeGate(StageEffect.Gate gate, VBox box) {
        Box actor = geometry.actors().get(gate.actor());
        if (actor == null) {
            box.setVisible(false);
            return;
        }
        // the check id is always readable in full
        double w = Math.min(getWidth() - 8, box.prefWidth(-1));
        double h = box.prefHeight(w);
        box.resize(w, h);
        Box at = FreeSpace.choose(besideOrInRoom(actor, w, h), taken, getWidth(), getHeight());
        taken.add(at);
        box.relocate(at.x(), at.y());
        if (animatePending) {
            PauseTransition wait = new PauseTransition(travel);
            wait.setOnFinished(e -> decide(gate, box));
            FadeTransition appear = new FadeTransition(Duration.millis(150), box);
            appear.setFromValue(0);
            appear.setToValue(1);
            play(appear, box);
            play(wait, box);
        } else if (box.getStyleClass().contains("gate-pending") && !isRunning(box)) {
            decide(gate, box);
        }
    }

    private static void decide(StageEffect.Gate gate, VBox box) {
        box.getStyleClass().remove("gate-pending");
        box.getStyleClass().add(gate.passed() ? "gate-pass" : "gate-fail");
        Label check = (Label) box.getChildren().get(0);
        check.setGraphic(StageIcons.icon(StageIcons.gate(true, gate.passed()), "gate-icon"));
    }

    /**
     * The clock jump's banner where it covers nothing; when its full size finds no such place (a drawing that fills
     * its stage), the banner turns {@code :compact} (smaller type, see app.css) and is placed again.
     */
    private void placeClockJump(Node node) {
        Size full = fullSize(node);
        Box at = clockJumpSpot(full.width(), full.height());
        boolean compact = !FreeSpace.isFree(at, taken);
        // switched only when it changes, so a layout pass does not restyle the banner (and ask for another pass)
        if (compact != node.getPseudoClassStates().contains(COMPACT)) {
            node.pseudoClassStateChanged(COMPACT, compact);
            node.applyCss();
            node.autosize();
        }
        if (compact) {
            at = clockJumpSpot(node.getLayoutBounds().getWidth(), node.getLayoutBounds().getHeight());
        }
        taken.add(at);
        node.relocate(at.x(), at.y());
        if (animatePending) {
            ScaleTransition grow = new ScaleTransition(Duration.millis(350), node);
            grow.setFromX(0.5);
            grow.setFromY(0.5);
            grow.setToX(1);
            grow.setToY(1);
            play(grow, node);
        }
    }

    /** The banner's size before it was first made compact (kept once it is known). */
    private static Size fullSize(Node node) {
        if (node.getProperties().get(FULL_SIZE) instanceof Size kept) {
            return kept;
        }
        Size size = new Size(node.getLayoutBounds().getWidth(), node.getLayoutBounds().getHeight());
        if (size.width() > 0) {
            node.getProperties().put(FULL_SIZE, size);
        }
        return size;
    }

    /** Where a banner {@code w} x {@code h} goes: across the stage at the heights tried in turn, else in the room. */
    private Box clockJumpSpot(double w, double h) {
        List<Box> candidates = new ArrayList<>();
        for (double share : CLOCK_JUMP_HEIGHTS) {
            for (double across : new double[] {0.5, 0.3, 0.7, 0.15, 0.85}) {
                candidates.add(new Box(getWidth() * across - w / 2, getHeight() * share - h / 2, w, h));
            }
        }
        candidates.addAll(FreeSpace.inRoom(geometry.room(), getWidth() / 2, w, h));
        return FreeSpace.choose(candidates, taken, getWidth(), getHeight());
    }

    private void placeAlarm(StageEffect.Alarm alarm, Node node) {
        Box actor = geometry.actors().get(alarm.actor());
        if (actor == null) {
            node.setVisible(false);
            return;
        }
        double w = node.getLayoutBounds().getWidth();
        double h = node.getLayoutBounds().getHeight();
        Box at = FreeSpace.choose(besideOrInRoom(actor, w, h), taken, getWidth(), getHeight());
        taken.add(at);
        node.relocate(at.x(), at.y());
    }

    private List<Box> besideOrInRoom(Box actor, double w, double h) {
        List<Box> candidates = new ArrayList<>(FreeSpace.beside(actor, w, h));
        candidates.addAll(FreeSpace.inRoom(geometry.room(), actor.centre().x(), w, h));
        return candidates;
    }

    private void play(Animation animation, Node node) {
        running.put(animation, node);
        animation.setOnFinished(chain(animation.getOnFinished(), () -> running.remove(animation)));
        animation.play();
    }

    private static javafx.event.EventHandler<javafx.event.ActionEvent> chain(
            javafx.event.EventHandler<javafx.event.ActionEvent> first, Runnable then) {
        return e -> {
            if (first != null) {
                first.handle(e);
            }
            then.run();
        };
    }

    private boolean isRunning(Node node) {
        return running.containsValue(node);
    }

    /** Ends every transition at once, in its final state. */
    private void stopAll() {
        for (Animation animation : List.copyOf(running.keySet())) {
            animation.jumpTo(animation.getTotalDuration());
            animation.stop();
            if (animation.getOnFinished() != null) {
                animation.getOnFinished().handle(null);
            }
        }
        running.clear();
        requestLayout();
    }

    /** For tests: whether transitions are still running. */
    boolean isAnimating() {
        return !running.isEmpty();
    }

    private record Placed(StageEffect effect, Node node) {
    }
}
