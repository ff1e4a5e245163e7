package dev.trustflow.app.probe;

import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline the startup budget is measured against: an empty JavaFX window of the app's default size,
 * nothing else loaded. Always prints the {@link StartupProbe} line (with {@code app=bare-window}); exits
 * after it when {@code -Dtrustflow.probe.exit=true}. Run it with the same command and JVM as the app.
 */
public final class BareWindowBaseline {

    static final double WIDTH = 1280;
    static final double HEIGHT = 800;

    private BareWindowBaseline() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself; a nested class so that {@code main} runs with JavaFX on the class path too. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("Bare JavaFX window");
            stage.setScene(new Scene(new StackPane(), WIDTH, HEIGHT));
            StartupProbe.install(stage, CompletableFuture.completedFuture(null), "bare-window", Boolean.getBoolean(Probes.EXIT_PROPERTY));
            stage.show();
        }
    }
}
