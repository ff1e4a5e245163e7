package dev.trustflow.app.compare;

import static dev.trustflow.app.timeline.TransportControls.button;

import dev.trustflow.app.stage.StageIcons;
import dev.trustflow.app.timeline.MarkerStrip;
import dev.trustflow.app.timeline.TransportControls;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** The one transport for both sides: buttons, speed, a strip of aligned steps (differences marked), position. */
final class CompareTransportBar extends HBox {

    private final CompareViewModel model;
    private final CompareTransport transport;
    private final MarkerStrip strip = new MarkerStrip("compare-markers", "compare-strip");

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

        ComboBox<Double> speed = TransportControls.speedSelector("compare-speed", transport.speedProperty(),
                transport::setSpeed);
        HBox buttons = new HBox(restart, back, play, forward, end, speed);
        buttons.getStyleClass().add("transport");
        buttons.setAlignment(Pos.CENTER_LEFT);

        model.markers().addListener((ListChangeListener<StepMarker>) c -> rebuildStrip());
        transport.cursorProperty().addListener((obs, old, now) -> strip.markCurrent(now.intValue()));

        Label position = new Label();
        position.setId("compare-position");
        position.getStyleClass().add("timeline-position");
        position.textProperty().bind(model.positionProperty());
        position.setMinWidth(Region.USE_PREF_SIZE);

        getChildren().addAll(buttons, strip, position);
        rebuildStrip();
    }

    private void rebuildStrip() {
        strip.show(model.markers().stream()
                .map(m -> new MarkerStrip.Cell(List.of("compare-step", m.styleClass()), m.tooltip(),
                        () -> transport.jumpTo(m.step())))
                .toList(), transport.getCursor());
    }
}
