package dev.trustflow.app.compare;

import dev.trustflow.app.player.PlaybackSpeed;
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
import javafx.util.StringConverter;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** The one transport for both sides: buttons, speed, a strip of aligned steps (differences marked), position. */
final class CompareTransportBar extends HBox {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass PAST = PseudoClass.getPseudoClass("past");

    private final CompareViewModel model;
    private final CompareTransport transport;
    private final HBox strip = new HBox();

    CompareTransportBar(CompareViewModel model) {
        this.model = model;
        this.transport = model.transport();
        getStyleClass().addAll("timeline-row", "compare-transport");
        setId("compare-transport");
        setAlignment(Pos.CENTER_LEFT);

        Button restart = button("compare-restart", MaterialDesignS.SKIP_PREVIOUS, "Restart (Home)", transport::restart);
        restart.disableProperty().bind(transport.canStepBackProperty().not());
        Button back = button("compare-step-back", MaterialDesignS.STEP_BACKWARD, "Step back (Left, PageUp)",
                transport::stepBack);
        back.disableProperty().bind(transport.canStepBackProperty().not());
        Button play = button("compare-play", MaterialDesignP.PLAY, "Play / pause (Space)", transport::toggle);
        play.getStyleClass().add("transport-play");
        play.disableProperty().bind(transport.canPlayProperty().not());
        transport.playingProperty().addListener((obs, was, playing) -> play.setGraphic(
                StageIcons.icon(playing ? MaterialDesignP.PAUSE : MaterialDesignP.PLAY, "transport-icon")));
        Button forward = button("compare-step-forward", MaterialDesignS.STEP_FORWARD, "Step forward (Right, PageDown)",
                transport::stepForward);
        forward.disableProperty().bind(transport.canStepForwardProperty().not());
        Button end = button("compare-end", MaterialDesignS.SKIP_NEXT, "End (End)", transport::end);
        end.disableProperty().bind(transport.canStepForwardProperty().not());

        ComboBox<Double> speed = new ComboBox<>();
        speed.setId("compare-speed");
        speed.getStyleClass().add("speed-selector");
        speed.getItems().setAll(PlaybackSpeed.STEPS);
        speed.setConverter(new SpeedText());
        speed.setValue(transport.getSpeed());
        speed.setTooltip(new Tooltip("Speed (+ / -)"));
        speed.setFocusTraversable(false);
        transport.speedProperty().addListener((obs, old, now) -> speed.setValue(now.doubleValue()));
        speed.setOnAction(e -> {
            if (speed.getValue() != null) {
                transport.setSpeed(speed.getValue());
            }
        });
        HBox buttons = new HBox(restart, back, play, forward, end, speed);
        buttons.getStyleClass().add("transport");
        buttons.setAlignment(Pos.CENTER_LEFT);

        strip.getStyleClass().addAll("marker-strip", "compare-strip");
        strip.setId("compare-markers");
        strip.setAlignment(Pos.CENTER);
        HBox.setHgrow(strip, Priority.ALWAYS);
        model.markers().addListener((ListChangeListener<StepMarker>) c -> rebuildStrip());
        transport.cursorProperty().addListener((obs, old, now) -> markCurrent());

        Label position = new Label();
        position.setId("compare-position");
        position.getStyleClass().add("timeline-position");
        position.textProperty().bind(model.positionProperty());
        position.setMinWidth(Region.USE_PREF_SIZE);

        getChildren().addAll(buttons, strip, position);
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
        for (StepMarker marker : model.markers()) {
            Region cell = new Region();
            cell.getStyleClass().addAll("marker", "compare-step", marker.styleClass());
            cell.setMaxWidth(Double.MAX_VALUE);
            cell.setPrefWidth(0);
            cell.setMinWidth(2);
            HBox.setHgrow(cell, Priority.ALWAYS);
            Tooltip.install(cell, new Tooltip(marker.tooltip()));
            cell.setOnMouseClicked(e -> transport.jumpTo(marker.step()));
            strip.getChildren().add(cell);
        }
        markCurrent();
    }

    private void markCurrent() {
        int cursor = transport.getCursor();
        for (int i = 0; i < strip.getChildren().size(); i++) {
            strip.getChildren().get(i).pseudoClassStateChanged(CURRENT, i == cursor);
            strip.getChildren().get(i).pseudoClassStateChanged(PAST, i < cursor);
        }
    }

    private static final class SpeedText extends StringConverter<Double> {
        @Override
        public String toString(Double value) {
            return value == null ? "" : PlaybackSpeed.label(value);
        }

        @Override
        public Double fromString(String text) {
            return PlaybackSpeed.STEPS.stream().filter(s -> PlaybackSpeed.label(s).equals(text)).findFirst()
                    .orElse(PlaybackSpeed.NORMAL);
        }
    }
}
