package dev.trustflow.app.export;

import dev.trustflow.app.notice.Notifications;
import dev.trustflow.app.player.Player;
import dev.trustflow.app.task.BackgroundJob;
import dev.trustflow.app.task.TaskRunner;
import dev.trustflow.sim.export.TlsCaptureFiles;
import dev.trustflow.sim.tls.CapturedConnection;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.trace.Trace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;

/**
 * File ▸ Save TLS capture (pcapng)…: the run on screen's TLS connections as a capture Wireshark decrypts. A trace
 * holds the handshake's messages, not every record and secret, so the connections come from running the trace's
 * scenario again with its options and seed, off the FX thread; the story is the same, the keys and randoms new.
 */
public final class TlsCaptureExport {

    private final Player player;
    private final TaskRunner tasks;
    private final Notifications notices;
    private final ExportDialogs dialogs;
    private final Function<Trace, List<CapturedConnection>> connections;

    /** @param connections the TLS connections of a run of the trace's scenario; called on a worker thread */
    public TlsCaptureExport(Player player, TaskRunner tasks, Notifications notices, ExportDialogs dialogs,
                            Function<Trace, List<CapturedConnection>> connections) {
        this.player = Objects.requireNonNull(player, "player");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.connections = Objects.requireNonNull(connections, "connections");
    }

    /** Whether {@code trace} shows a TLS handshake (at least one {@code tls.message}). */
    public static boolean hasHandshake(Trace trace) {
        return trace != null && trace.events().stream().anyMatch(e -> EventKinds.TLS_MESSAGE.equals(e.kind()));
    }

    /** True while the trace on screen has a TLS handshake to capture. */
    public BooleanBinding availableBinding() {
        return Bindings.createBooleanBinding(() -> hasHandshake(player.getTrace()), player.traceProperty());
    }

    /** Asks where, then writes the capture; says why when the run on screen has no handshake. */
    public void exportCapture() {
        Trace trace = player.getTrace();
        if (!hasHandshake(trace)) {
            notices.error(trace == null ? "Nothing to export yet: pick a scenario or open a trace first"
                    : "This run has no TLS handshake to capture");
            return;
        }
        dialogs.chooseTarget("Save TLS capture (pcapng)", ViewExports.baseName(player) + ".pcapng",
                "pcapng capture", "pcapng").ifPresent(file -> exportCapture(trace, file));
    }

    /** Runs {@code trace}'s scenario again and writes its TLS connections to {@code file}, off the FX thread. */
    public void exportCapture(Trace trace, Path file) {
        tasks.run(BackgroundJob.of("export " + file.getFileName(), () -> write(trace, file))
                .onSuccess(count -> notices.info("Saved " + count + " TLS connection" + (count == 1 ? "" : "s")
                        + " to " + file.getFileName() + ": open it in Wireshark, which decrypts it with the secrets"
                        + " inside"))
                .onError(IOException.class, e -> notices.error(file.getFileName() + ": cannot be written ("
                        + e.getMessage() + ")")));
    }

    private int write(Trace trace, Path file) throws IOException {
        List<CapturedConnection> captured = connections.apply(trace);
        if (captured.isEmpty()) {
            throw new IOException("the run opened no TLS connection");
        }
        TlsCaptureFiles.writePcapng(captured, file);
        return captured.size();
    }
}
