package dev.trustflow.app.probe;

import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Prints {@code probe startup first-frame-ms=N cpu-ms=C app=NAME java=VERSION}: the time from process start
 * (see {@link ProcessStart}) to the first pulse that lays out the main stage's scene after the stage is shown,
 * i.e. the pulse that paints the first frame, and the CPU time all the process's threads used until then (the
 * work done, which a busy machine stretches far less than the wall time). Optionally exits right after.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    /** Arms the probe on a stage that is about to be shown or already showing. Call on the FX thread. */
    public static void install(Stage stage, String appName, boolean exitAfter) {
        Runnable report = () -> {
            long ageMillis = ProcessStart.ageMillis();
            long cpuMillis = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L);
            System.out.println("probe startup first-frame-ms=" + ageMillis + " cpu-ms=" + cpuMillis + " app=" + appName
                    + " java=" + Runtime.version());
            System.out.flush();
            if (exitAfter) {
                System.exit(0);
            }
        };
        if (stage.isShowing()) {
            onNextPulse(stage.getScene(), report);
            return;
        }
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, new EventHandler<WindowEvent>() {
            @Override
            public void handle(WindowEvent event) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                onNextPulse(stage.getScene(), report);
            }
        });
    }

    private static void onNextPulse(Scene scene, Runnable action) {
        Runnable[] self = new Runnable[1];
        self[0] = () -> {
            scene.removePostLayoutPulseListener(self[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(self[0]);
        Platform.requestNextPulse();
    }
}
