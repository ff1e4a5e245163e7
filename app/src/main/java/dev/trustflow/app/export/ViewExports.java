package dev.trustflow.app.export;

import dev.trustflow.app.notice.Notifications;
import dev.trustflow.app.player.Player;
import dev.trustflow.app.task.BackgroundJob;
import dev.trustflow.app.task.TaskRunner;
import dev.trustflow.sim.export.MermaidSequence;
import dev.trustflow.sim.trace.Trace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * File ▸ Export view as PNG… and Export sequence as Mermaid…: the commands the menu calls. The picture is
 * taken on the FX thread (the only place a node can be pictured); encoding and writing run off it.
 */
public final class ViewExports {

    private final Player player;
    private final TaskRunner tasks;
    private final Notifications notices;
    private final ExportDialogs dialogs;
    private final Supplier<PixelGrid> picture;

    /** @param picture pictures the centre view, on the FX thread */
    public ViewExports(Player player, TaskRunner tasks, Notifications notices, ExportDialogs dialogs,
                       Supplier<PixelGrid> picture) {
        this.player = Objects.requireNonNull(player, "player");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.picture = Objects.requireNonNull(picture, "picture");
    }

    /** Asks where, then writes the centre view as a PNG. */
    public void exportPng() {
        dialogs.chooseTarget("Export view as PNG", baseName() + ".png", "PNG picture", "png")
                .ifPresent(this::exportPng);
    }

    /** Pictures the centre view now and writes it to {@code file} off the FX thread. */
    public void exportPng(Path file) {
        PixelGrid pixels = picture.get();
        tasks.run(BackgroundJob.of("export " + file.getFileName(), () -> PngFile.write(pixels, file))
                .onSuccess(saved -> notices.info("Exported the view to " + saved.getFileName() + " ("
                        + pixels.width() + "x" + pixels.height() + ")"))
                .onError(IOException.class, e -> notices.error(file.getFileName() + ": cannot be written ("
                        + e.getMessage() + ")")));
    }

    /** Asks where, then writes the trace on screen as a Mermaid sequence diagram; says so when there is none. */
    public void exportMermaid() {
        Trace trace = player.getTrace();
        if (trace == null) {
            notices.error("Nothing to export yet: pick a scenario or open a trace first");
            return;
        }
        dialogs.chooseTarget("Export sequence as Mermaid", baseName() + ".mmd", "Mermaid diagram", "mmd")
                .ifPresent(file -> exportMermaid(trace, file));
    }

    /** Writes {@code trace} as Mermaid text to {@code file} off the FX thread. */
    public void exportMermaid(Trace trace, Path file) {
        tasks.run(BackgroundJob.of("export " + file.getFileName(), () -> MermaidSequence.write(trace, file))
                .onSuccess(saved -> notices.info("Exported the sequence to " + saved.getFileName()))
                .onError(IOException.class, e -> notices.error(file.getFileName() + ": cannot be written ("
                        + e.getMessage() + ")")));
    }

    private String baseName() {
        return baseName(player);
    }

    /** The file name offered for an export of what {@code player} shows: scenario, seed and step. */
    static String baseName(Player player) {
        Trace trace = player.getTrace();
        if (trace == null) {
            return "trustflow";
        }
        int step = player.getCursor() + 1;
        return trace.scenario() + "-seed" + trace.seed() + (step > 0 ? "-step" + step : "");
    }
}
