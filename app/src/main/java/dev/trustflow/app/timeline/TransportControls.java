package dev.trustflow.app.timeline;

import dev.trustflow.app.player.PlaybackSpeed;
import dev.trustflow.app.stage.StageIcons;
import java.util.function.DoubleConsumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.kordamp.ikonli.Ikon;

/** The pieces every transport bar is made of (the main timeline, the side-by-side bar): buttons and speed. */
public final class TransportControls {

    private TransportControls() {
    }

    /** An icon button that never takes keyboard focus (the transport keys stay with the window). */
    public static Button button(String id, Ikon icon, String tooltip, Runnable command) {
        Button button = new Button(null, StageIcons.icon(icon, "transport-icon"));
        button.setId(id);
        button.getStyleClass().add("transport-button");
        button.setTooltip(new Tooltip(tooltip));
        button.setFocusTraversable(false);
        button.setOnAction(e -> command.run());
        return button;
    }

    /** A speed selector over {@link PlaybackSpeed#STEPS}, kept in step with {@code speed}. */
    public static ComboBox<Double> speedSelector(String id, ReadOnlyDoubleProperty speed, DoubleConsumer setSpeed) {
        ComboBox<Double> selector = new ComboBox<>();
        selector.setId(id);
        selector.getStyleClass().add("speed-selector");
        selector.getItems().setAll(PlaybackSpeed.STEPS);
        selector.setConverter(new SpeedText());
        selector.setValue(speed.get());
        selector.setTooltip(new Tooltip("Speed (+ / -)"));
        selector.setFocusTraversable(false);
        selector.setMinWidth(Region.USE_PREF_SIZE);
        speed.addListener((obs, old, now) -> selector.setValue(now.doubleValue()));
        selector.setOnAction(e -> {
            if (selector.getValue() != null) {
                setSpeed.accept(selector.getValue());
            }
        });
        return selector;
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
