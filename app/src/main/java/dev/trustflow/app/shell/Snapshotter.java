package dev.trustflow.app.shell;

import dev.trustflow.app.compare.CompareViewModel;
import dev.trustflow.app.entry.BrowserEntry;
import dev.trustflow.app.fx.Once;
import dev.trustflow.app.task.BackgroundJob;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Objects;
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
    static final Duration LESSONS_WAIT = Duration.seconds(30);

    private final MainWindowModels models;
    private final Scene scene;

    public Snapshotter(MainWindowModels models, Scene scene) {
        this.models = models;
        this.scene = scene;
    }

    public void take(SnapshotRequest request) {
        request.theme().ifPresent(models.services().themes()::apply);
        if (request.presenter()) {
            models.presenter().present(false);
        }
        request.size().ifPresent(size -> {
            scene.getWindow().setWidth(size.width());
            scene.getWindow().setHeight(size.height());
        });
        if (request.scenario().isEmpty()) {
            settleThenShoot(request);
            return;
        }
        String id = request.scenario().get();
        EntryArrival.await(models.session().entries(), id, LESSONS_WAIT, entry -> {
            if (entry.isEmpty()) {
                System.err.println("trustflow.scenario: no entry '" + id + "'");
                settleThenShoot(request);
                return;
            }
            open(request, entry.get());
        });
    }

    private void open(SnapshotRequest request, BrowserEntry chosen) {
        afterNextRun(() -> {
            if (request.compare().isPresent()) {
                compareThenShoot(request, request.compare().get());
            } else {
                changeThenShoot(request, new java.util.ArrayList<>(request.changes().entrySet()));
            }
        });
        models.session().select(chosen.withOptions(request.options()));
    }

    /** Changes the next what-if of {@code left} and waits for its run; then moves to the step and shoots. */
    private void changeThenShoot(SnapshotRequest request, java.util.List<Map.Entry<String, String>> left) {
        if (left.isEmpty()) {
            // after the listeners of this trace (a re-run puts its cursor back once they have run)
            Platform.runLater(() -> {
                models.player().jumpTo(request.step());
                request.breach().ifPresent(models.breach()::breach);
                settleThenShoot(request);
            });
            return;
        }
        Map.Entry<String, String> next = left.remove(0);
        afterNextRun(() -> changeThenShoot(request, left));
        models.session().setOption(next.getKey(), next.getValue());
    }

    /** Runs {@code then} once, when the player next gets a trace (the run the caller is about to start). */
    private void afterNextRun(Runnable then) {
        Once.onNext(models.player().traceProperty(), Objects::nonNull, trace -> then.run());
    }

    /** Opens the comparison of {@code key} ({@code default}: the first switch), waits for both runs, moves to the step. */
    private void compareThenShoot(SnapshotRequest request, String key) {
        models.compare().open();
        CompareViewModel compare = models.compare().getCurrent();
        if (compare == null) {
            settleThenShoot(request);
            return;
        }
        if (!key.equals("default")) {
            try {
                compare.chooseOption(key);
            } catch (dev.trustflow.sim.scenario.OptionException e) {
                System.err.println("trustflow.compare: " + e.getMessage());
            }
        }
        Runnable ready = () -> {
            compare.transport().jumpTo(request.step());
            settleThenShoot(request);
        };
        Once.when(compare.runningProperty(), running -> !running, running -> ready.run());
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
        models.services().tasks().run(BackgroundJob.of("snapshot " + file.getFileName(), () -> {
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
