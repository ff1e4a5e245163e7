package dev.trustflow.app.timeline;

import static dev.trustflow.app.timeline.TransportControls.button;

import dev.trustflow.app.player.Player;
import dev.trustflow.app.stage.StageIcons;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * Transport buttons, speed, the run's phases (titled groups of event markers), position and virtual time.
 * Handlers only call the Player or the TimelineModel.
 */
public final class TimelineView extends VBox {

    private final TimelineModel model;
    private final Player player;
    private final PhaseStrip strip = new PhaseStrip();

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

        ComboBox<Double> speed = TransportControls.speedSelector("speed", player.speedProperty(), player::setSpeed);

        HBox transport = new HBox(restart, back, play, forward, end, speed);
        transport.getStyleClass().add("transport");
        transport.setAlignment(Pos.CENTER_LEFT);

        model.phases().addListener((ListChangeListener<PhaseGroup>) c -> rebuildStrip());
        player.cursorProperty().addListener((obs, old, now) -> strip.markCurrent(now.intValue()));

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

        HBox.setHgrow(strip, Priority.ALWAYS);
        HBox row = new HBox(transport, strip, position, clock);
        row.getStyleClass().add("timeline-row");
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(row);
        rebuildStrip();
    }

    private void rebuildStrip() {
        strip.show(model.phases(), player.getCursor(), model::jumpTo);
    }
}
