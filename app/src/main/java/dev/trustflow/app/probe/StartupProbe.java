package dev.trustflow.app.probe;

import java.util.concurrent.CompletionStage;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Prints {@code probe startup first-frame-ms=N cpu-ms=C ready-ms=R ready-cpu-ms=RC app=NAME java=VERSION}.
 * {@code first-frame-ms} is the time from process start (see {@link ProcessStart}) to the first pulse that lays
 * out the stage's scene after the stage is shown, i.e. the pulse that paints the first frame; {@code ready-ms}
 * is the same for the first pulse after the app said it is ready (the main window built, its CSS applied and
 * laid out: what a user can click). The {@code cpu-ms} values are the CPU time all the process's threads used
 * until then (the work done, which a busy machine stretches far less than the wall time). Optionally exits
 * right after printing, so that a training run for a startup archive sees everything up to "ready".
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    /**
     * Arms the probe on a stage that is about to be shown or already showing. Call on the FX thread.
     * {@code ready} completes (on any thread) when the app's window is complete; pass a completed stage for a
     * window that is complete at its first frame.
     */
    public static void install(Stage stage, CompletionStage<?> ready, String appName, boolean exitAfter) {
        Runnable firstFrame = () -> {
            Sample first = Sample.now();
            ready.whenComplete((value, error) -> Platform.runLater(() -> NextPulse.then(stage.getScene(), () ->
                    report(first, Sample.now(), appName, exitAfter))));
        };
        if (stage.isShowing()) {
            NextPulse.then(stage.getScene(), firstFrame);
            return;
        }
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, new EventHandler<WindowEvent>() {
            @Override
            public void handle(WindowEvent event) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                NextPulse.then(stage.getScene(), firstFrame);
            }
        });
    }

    private static void report(Sample first, Sample ready, String appName, boolean exitAfter) {
        System.out.println("probe startup first-frame-ms=" + first.ageMillis() + " cpu-ms=" + first.cpuMillis()
                + " ready-ms=" + ready.ageMillis() + " ready-cpu-ms=" + ready.cpuMillis()
                + " app=" + appName + " java=" + Runtime.version());
        System.out.flush();
        if (exitAfter) {
            System.exit(0);
        }
    }

    /** The process's age and the CPU time it has used, read together. */
    private record Sample(long ageMillis, long cpuMillis) {
        static Sample now() {
            return new Sample(ProcessStart.ageMillis(),
                    ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L));
        }
    }
}
