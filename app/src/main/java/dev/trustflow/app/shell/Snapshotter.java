package dev.trustflow.app.shell;

import dev.trustflow.app.browser.BrowserEntry;
import dev.trustflow.app.task.BackgroundJob;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * Carries out a {@link SnapshotRequest}: opens the scenario, moves to the step, lets animations settle,
 * pictures the scene on the FX thread, writes the PNG off it, then quits. Useful for docs and for looking
 * at the window on a machine without a screen (under Xvfb).
 */
public final class Snapshotter {

    static final Duration SETTLE = Duration.millis(1500);

    private final AppModels models;
    private final Scene scene;

    public Snapshotter(AppModels models, Scene scene) {
        this.models = models;
        this.scene = scene;
    }

    public void take(SnapshotRequest request) {
        request.theme().ifPresent(models.themes()::apply);
        Optional<BrowserEntry> entry = request.scenario().flatMap(id -> models.session().entries().stream()
                .filter(e -> e.id().equals(id)).findFirst());
        if (request.scenario().isPresent() && entry.isEmpty()) {
            System.err.println("trustflow.scenario: no entry '" + request.scenario().get() + "'");
        }
        if (entry.isEmpty()) {
            settleThenShoot(request);
            return;
        }
        models.player().traceProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends dev.trustflow.sim.trace.Trace> obs,
                                dev.trustflow.sim.trace.Trace old, dev.trustflow.sim.trace.Trace trace) {
                if (trace != null) {
                    obs.removeListener(this);
                    models.player().jumpTo(request.step());
                    settleThenShoot(request);
                }
            }
        });
        BrowserEntry chosen = entry.get();
        java.util.Map<String, Object> presets = new java.util.LinkedHashMap<>(chosen.presetOptions());
        presets.putAll(request.options());
        models.session().select(new BrowserEntry(chosen.id(), chosen.title(), chosen.subtitle(), chosen.kind(),
                chosen.scenario(), presets));
    }

    private void settleThenShoot(SnapshotRequest request) {
        PauseTransition settle = new PauseTransition(SETTLE);
        settle.setOnFinished(e -> shoot(request.file()));
        settle.play();
    }

    private void shoot(Path file) {
        WritableImage image = scene.snapshot(null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        models.tasks().run(BackgroundJob.of("snapshot " + file.getFileName(), () -> {
            write(argb, w, h, file);
            return file;
        }).onSuccess(saved -> System.out.println("snapshot written: " + saved.toAbsolutePath()))
                .onError(IOException.class, ex -> System.err.println(file + ": cannot be written (" + ex.getMessage() + ")"))
                .andFinally(Platform::exit));
    }

    static void write(int[] argb, int w, int h, Path file) throws IOException {
        BufferedImage picture = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        picture.setRGB(0, 0, w, h, argb, 0, w);
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            if (!ImageIO.write(picture, "png", tmp.toFile())) {
                throw new IOException("no PNG writer available");
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
