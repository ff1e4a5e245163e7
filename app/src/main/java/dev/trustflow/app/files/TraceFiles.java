package dev.trustflow.app.files;

import dev.trustflow.app.notice.Notifications;
import dev.trustflow.app.player.Player;
import dev.trustflow.app.session.ScenarioSession;
import dev.trustflow.app.task.BackgroundJob;
import dev.trustflow.app.task.TaskRunner;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceCodec;
import dev.trustflow.sim.trace.TraceFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/** Open trace… and Save trace…: the commands the menu and Ctrl+O / Ctrl+S call. Call on the FX thread. */
public final class TraceFiles {

    private final TraceCodec codec;
    private final TaskRunner tasks;
    private final FileDialogs dialogs;
    private final Player player;
    private final ScenarioSession session;
    private final Notifications notices;

    public TraceFiles(TraceCodec codec, TaskRunner tasks, FileDialogs dialogs, Player player, ScenarioSession session,
                      Notifications notices) {
        this.codec = Objects.requireNonNull(codec, "codec");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.player = Objects.requireNonNull(player, "player");
        this.session = Objects.requireNonNull(session, "session");
        this.notices = Objects.requireNonNull(notices, "notices");
    }

    /** Asks for a file, then opens it. */
    public void open() {
        dialogs.chooseTraceToOpen().ifPresent(this::open);
    }

    /** Reads and validates {@code file} off the FX thread; shows it, or says in one line what is wrong. */
    public void open(Path file) {
        tasks.run(BackgroundJob.of("open " + file.getFileName(), () -> codec.read(file))
                .onSuccess(trace -> {
                    session.showTrace(trace);
                    notices.info("Opened " + file.getFileName() + ": " + trace.title() + ", " + trace.size() + " events");
                })
                .onError(TraceFormatException.class, e -> notices.error(e.getMessage())));
    }

    /** Asks where, then saves the trace on screen; says so when there is nothing to save. */
    public void save() {
        Trace trace = player.getTrace();
        if (trace == null) {
            notices.error("Nothing to save yet: pick a scenario or open a trace first");
            return;
        }
        dialogs.chooseTraceToSave(suggestedName(trace)).ifPresent(file -> save(trace, file));
    }

    /** Writes {@code trace} to {@code file} off the FX thread (temp file, then atomic move). */
    public void save(Trace trace, Path file) {
        tasks.run(BackgroundJob.of("save " + file.getFileName(), () -> {
            codec.write(trace, file);
            return file;
        }).onSuccess(saved -> notices.info("Saved " + saved.getFileName()))
                .onError(IOException.class, e -> notices.error(file.getFileName() + ": cannot be written ("
                        + e.getMessage() + ")")));
    }

    static String suggestedName(Trace trace) {
        return trace.scenario() + "-seed" + trace.seed() + ".json";
    }
}
