package dev.trustflow.app.shell;

import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletionStage;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * {@code -Dtrustflow.autoplay=ID}: opens that lesson ({@code lesson:ID}) or scenario when the browser has it and
 * plays it over and over, for the frame probe ({@code -Dtrustflow.probe=frames}) and for an unattended demo.
 * Takes the snapshot's {@code trustflow.options}, {@code trustflow.size} and {@code trustflow.presenter}
 * (presenter mode in the window at that size), and {@code trustflow.speed} (the player's speed, e.g. 4).
 */
public final class AutoPlay {

    public static final String PROPERTY = "trustflow.autoplay";

    private final String id;
    private final Map<String, String> options;
    private final Optional<SnapshotRequest.Size> size;
    private final boolean presenter;
    private final Optional<Double> speed;

    private AutoPlay(String id, Map<String, String> options, Optional<SnapshotRequest.Size> size, boolean presenter,
                     Optional<Double> speed) {
        this.id = id;
        this.options = Map.copyOf(options);
        this.size = size;
        this.presenter = presenter;
        this.speed = speed;
    }

    /** The request in {@code properties}, if any; a malformed value throws with the property's name. */
    public static Optional<AutoPlay> from(Properties properties) {
        String id = properties.getProperty(PROPERTY, "").strip();
        if (id.isEmpty()) {
            return Optional.empty();
        }
        String speedText = properties.getProperty("trustflow.speed", "").strip();
        Optional<Double> speed;
        try {
            speed = speedText.isEmpty() ? Optional.empty() : Optional.of(Double.parseDouble(speedText));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("trustflow.speed: '" + speedText + "' is not a number such as 2");
        }
        String sizeText = properties.getProperty("trustflow.size", "").strip();
        return Optional.of(new AutoPlay(id, SnapshotRequest.options(properties.getProperty("trustflow.options", "")),
                sizeText.isEmpty() ? Optional.empty() : Optional.of(SnapshotRequest.Size.parse(sizeText)),
                Boolean.parseBoolean(properties.getProperty("trustflow.presenter", "false").strip()), speed));
    }

    public String id() {
        return id;
    }

    /**
     * On the FX thread, once the main window is in its window. The lesson opens when the browser has it and
     * {@code painted} has completed (on the FX thread): after the main window's first frame, so that a frame probe
     * started with the window sees the lesson's first display, as it would see a student's first click.
     */
    public void start(MainWindowModels models, javafx.stage.Window window, CompletionStage<?> painted) {
        if (presenter) {
            models.presenter().present(false);
        }
        size.ifPresent(s -> {
            window.setWidth(s.width());
            window.setHeight(s.height());
        });
        speed.ifPresent(models.player()::setSpeed);
        models.player().playingProperty().addListener((obs, was, playing) -> {
            if (!playing && !models.player().canStepForwardProperty().get()) {
                Platform.runLater(models.player()::play);
            }
        });
        models.player().traceProperty().addListener((obs, old, trace) -> {
            if (trace != null) {
                models.player().play();
            }
        });
        EntryArrival.await(models.session().entries(), id, Duration.seconds(30), entry -> {
            if (entry.isEmpty()) {
                models.services().notices().error(PROPERTY + ": no lesson or scenario '" + id + "'");
                return;
            }
            painted.thenRun(() -> models.session().select(entry.get().withOptions(options)));
        });
    }
}
