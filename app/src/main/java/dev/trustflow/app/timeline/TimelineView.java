package dev.trustflow.app.timeline;

import dev.trustflow.app.player.PlaybackSpeed;
import dev.trustflow.app.player.Player;
import dev.trustflow.app.stage.StageIcons;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** Transport buttons, speed, the marker strip, position and virtual time. Handlers only call the Player. */
public final class TimelineView extends VBox {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass PAST = PseudoClass.getPseudoClass("past");

    private final TimelineModel model;
    private final Player player;
    private final HBox strip = new HBox();

    public TimelineView(TimelineModel model) {
        this.model = model;
        this.player = model.player();
        getStyleClass().add("timeline");
        setId("timeline");

        Button restart = button("restart", MaterialDesignS.SKIP_PREVIOUS, "Restart (Home)", player::restart);
        restart.disableProperty().bind(player.canRestartProperty().not());
        Button back = button("step-back", MaterialDesignS.STEP_BACKWARD, "Step back (Left, PageUp)", player::stepBack);
        back.disableProperty().bind(player.canStepBackProperty().not());
        Button play = button("play", MaterialDesignP.PLAY, "Play / pause (Space)", player::toggle);
        play.getStyleClass().add("transport-play");
        play.disableProperty().bind(player.canPlayProperty().not());
        player.playingProperty().addListener((obs, was, playing) -> play.setGraphic(
                StageIcons.icon(playing ? MaterialDesignP.PAUSE : MaterialDesignP.PLAY, "transport-icon")));
        Button forward = button("step-forward", MaterialDesignS.STEP_FORWARD, "Step forward (Right, PageDown)",
                player::stepForward);
        forward.disableProperty().bind(player.canStepForwardProperty().not());
        Button end = button("end", MaterialDesignS.SKIP_NEXT, "End (End)", player::end);
        end.disableProperty().bind(player.canEndProperty().not());

        ComboBox<Double> speed = new ComboBox<>();
        speed.setId("speed");
        speed.getStyleClass().add("speed-selector");
        speed.getItems().setAll(PlaybackSpeed.STEPS);
        speed.setConverter(new SpeedText());
        speed.setValue(player.getSpeed());
        speed.setTooltip(new Tooltip("Speed (+ / -)"));
        speed.setFocusTraversable(false);
        speed.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        player.speedProperty().addListener((obs, old, now) -> speed.setValue(now.doubleValue()));
        speed.setOnAction(e -> {
            if (speed.getValue() != null) {
                player.setSpeed(speed.getValue());
            }
        });

        HBox transport = new HBox(restart, back, play, forward, end, speed);
        transport.getStyleClass().add("transport");
        transport.setAlignment(Pos.CENTER_LEFT);

        strip.getStyleClass().add("marker-strip");
        strip.setId("markers");
        strip.setAlignment(Pos.CENTER);
        HBox.setHgrow(strip, Priority.ALWAYS);
        model.markers().addListener((ListChangeListener<EventMarker>) c -> rebuildStrip());
        player.cursorProperty().addListener((obs, old, now) -> markCurrent());

        Label position = new Label();
        position.setId("position");
        position.getStyleClass().add("timeline-position");
        position.textProperty().bind(model.positionProperty());
        position.setMinWidth(Region.USE_PREF_SIZE);
        Label clock = new Label();
        clock.setId("virtual-time");
        clock.getStyleClass().add("virtual-time");
        clock.textProperty().bind(model.clockProperty());
        clock.setGraphic(StageIcons.icon(org.kordamp.ikonli.materialdesign2.MaterialDesignC.CLOCK_OUTLINE, "clock-icon"));
        clock.setMinWidth(Region.USE_PREF_SIZE);
        clock.visibleProperty().bind(model.clockProperty().isNotEmpty());

        HBox row = new HBox(transport, strip, position, clock);
        row.getStyleClass().add("timeline-row");
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(row);
        rebuildStrip();
    }

    private static Button button(String id, Ikon icon, String tooltip, Runnable command) {
        Button button = new Button(null, StageIcons.icon(icon, "transport-icon"));
        button.setId(id);
        button.getStyleClass().add("transport-button");
        button.setTooltip(new Tooltip(tooltip));
        button.setFocusTraversable(false);
        button.setOnAction(e -> command.run());
        return button;
    }

    private void rebuildStrip() {
        strip.getChildren().clear();
        for (EventMarker marker : model.markers()) {
            Region cell = new Region();
            cell.getStyleClass().addAll("marker", marker.styleClass());
            cell.setMaxWidth(Double.MAX_VALUE);
            cell.setPrefWidth(0);
            cell.setMinWidth(2);
            HBox.setHgrow(cell, Priority.ALWAYS);
            Tooltip.install(cell, new Tooltip(marker.tooltip()));
            cell.setOnMouseClicked(e -> model.jumpTo(marker.seq()));
            strip.getChildren().add(cell);
        }
        markCurrent();
    }

    private void markCurrent() {
        int cursor = player.getCursor();
        for (int i = 0; i < strip.getChildren().size(); i++) {
            strip.getChildren().get(i).pseudoClassStateChanged(CURRENT, i == cursor);
            strip.getChildren().get(i).pseudoClassStateChanged(PAST, i < cursor);
        }
    }

    private static final class SpeedText extends StringConverter<Double> {
        @Override
        public String toString(Double speed) {
            return speed == null ? "" : PlaybackSpeed.label(speed);
        }

        @Override
        public Double fromString(String text) {
            return PlaybackSpeed.STEPS.stream().filter(s -> PlaybackSpeed.label(s).equals(text)).findFirst()
                    .orElse(PlaybackSpeed.NORMAL);
        }
    }
}
