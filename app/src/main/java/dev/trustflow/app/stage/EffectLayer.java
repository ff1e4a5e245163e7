package dev.trustflow.app.stage;

import dev.trustflow.app.stage.StageLayout.Point;
import dev.trustflow.app.stage.StageLayout.Segment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.Animation;
import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.ScaleTransition;
import javafx.animation.TranslateTransition;
import javafx.geometry.Bounds;
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

    /** Where a clock jump shows, as a share of the stage's height: high, over the gaps between rows of actors. */
    static final double CLOCK_JUMP_HEIGHT = 0.16;

    /** Room between a resting packet and the badge it travels to. */
    static final double PACKET_MARGIN = 6;

    private final List<Placed> placed = new ArrayList<>();
    private final Map<Animation, Node> running = new LinkedHashMap<>();
    private StageLayout layout;
    private Map<String, ActorNode> actors = Map.of();
    private boolean animatePending;
    private Duration travel = Duration.ZERO;

    EffectLayer() {
        getStyleClass().add("effect-layer");
        setMouseTransparent(true);
    }

    void show(StageFrame frame, java.time.Duration travelTime) {
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
        requestLayout();
    }

    void setGeometry(StageLayout newLayout, Map<String, ActorNode> actorNodes) {
        boolean moved = layout != null && !layout.equals(newLayout);
        layout = newLayout;
        actors = actorNodes;
        if (moved) {
            stopAll();
        }
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        if (layout == null) {
            return;
        }
        for (Placed p : placed) {
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
            Label reason = new Label(gate.reason());
            reason.getStyleClass().add("gate-reason");
            reason.setWrapText(true);
            VBox box = new VBox(check, reason);
            box.getStyleClass().addAll("gate", "gate-pending");
            if (gate.reason().isEmpty()) {
                box.getChildren().remove(reason);
            }
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
        ActorNode from = actors.get(packet.from());
        ActorNode to = actors.get(packet.to());
        Point a = layout.actor(packet.from()).orElse(null);
        Point b = layout.actor(packet.to()).orElse(null);
        if (from == null || to == null || a == null || b == null) {
            node.setVisible(false);
            return;
        }
        Segment path = TopologyLayout.trim(a, b, Math.max(from.badgeRadius(), to.badgeRadius()) + 4);
        double w = node.getLayoutBounds().getWidth();
        double h = node.getLayoutBounds().getHeight();
        Point rest = TopologyLayout.restPoint(path, Math.hypot(w, h) / 2 + PACKET_MARGIN);
        if (animatePending) {
            node.setTranslateX(path.start().x() - w / 2);
            node.setTranslateY(path.start().y() - h / 2);
            TranslateTransition move = new TranslateTransition(travel, node);
            move.setToX(rest.x() - w / 2);
            move.setToY(rest.y() - h / 2);
            play(move, node);
        } else if (!isRunning(node)) {
            node.setTranslateX(rest.x() - w / 2);
            node.setTranslateY(rest.y() - h / 2);
        }
    }

    private void placeGate(StageEffect.Gate gate, VBox box) {
        ActorNode actor = actors.get(gate.actor());
        StageLayout.Point centre = layout.actor(gate.actor()).orElse(null);
        if (actor == null || centre == null) {
            box.setVisible(false);
            return;
        }
        double bandWidth = layout.zoneAt(centre).map(StageLayout.Zone::width).orElse(getWidth());
        double w = Math.min(box.prefWidth(-1), Math.max(120, bandWidth - 16));
        box.resize(w, box.prefHeight(w));
        Bounds bounds = actor.getBoundsInParent();
        box.relocate(TopologyLayout.clamp(centre.x() - w / 2, 4, getWidth() - w - 4), bounds.getMaxY() + 8);
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

    private void placeClockJump(Node node) {
        double w = node.getLayoutBounds().getWidth();
        double h = node.getLayoutBounds().getHeight();
        node.relocate((getWidth() - w) / 2, Math.max(0, getHeight() * CLOCK_JUMP_HEIGHT - h / 2));
        if (animatePending) {
            ScaleTransition grow = new ScaleTransition(Duration.millis(350), node);
            grow.setFromX(0.5);
            grow.setFromY(0.5);
            grow.setToX(1);
            grow.setToY(1);
            play(grow, node);
        }
    }

    private void placeAlarm(StageEffect.Alarm alarm, Node node) {
        ActorNode actor = actors.get(alarm.actor());
        if (actor == null) {
            node.setVisible(false);
            return;
        }
        Bounds bounds = actor.getBoundsInParent();
        double w = node.getLayoutBounds().getWidth();
        double h = node.getLayoutBounds().getHeight();
        node.relocate(TopologyLayout.clamp(bounds.getCenterX() - w / 2, 4, getWidth() - w - 4),
                Math.max(4, bounds.getMinY() - h - 6));
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
