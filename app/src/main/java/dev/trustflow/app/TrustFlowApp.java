package dev.trustflow.app;

import dev.trustflow.app.files.FxFileDialogs;
import dev.trustflow.app.notice.Notifications;
import dev.trustflow.app.player.FrameTickSource;
import dev.trustflow.app.probe.Probes;
import dev.trustflow.app.shell.AppModels;
import dev.trustflow.app.shell.MainWindow;
import dev.trustflow.app.shell.SnapshotRequest;
import dev.trustflow.app.shell.Snapshotter;
import dev.trustflow.app.shell.UncaughtErrors;
import dev.trustflow.app.task.ExecutorTaskRunner;
import dev.trustflow.app.task.TaskRunner;
import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.scenario.ScenarioCatalog;
import java.util.List;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The composition root: builds the view-models and the main window, and nothing else. */
public class TrustFlowApp extends Application {

    private final Supplier<List<Scenario>> scenarios;
    private TaskRunner tasks;
    private MainWindow window;

    public TrustFlowApp() {
        this(() -> new ScenarioCatalog().all());
    }

    /** With a given list of scenarios (tests use a small one). */
    public TrustFlowApp(Supplier<List<Scenario>> scenarios) {
        this.scenarios = scenarios;
    }

    @Override
    public void start(Stage stage) {
        Notifications notices = new Notifications();
        UncaughtErrors errors = new UncaughtErrors(notices, Platform::runLater);
        errors.install();
        tasks = new ExecutorTaskRunner(Platform::runLater, errors::report);
        AppModels models = new AppModels(scenarios.get(), notices, tasks, new FrameTickSource(),
                new FxFileDialogs(() -> stage), Platform::exit);
        window = new MainWindow(models);
        Scene scene = window.show(stage);
        Probes.install(stage);
        SnapshotRequest.from(System.getProperties()).ifPresent(r -> new Snapshotter(models, scene).take(r));
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.shutdown();
        }
    }

    /** The main window once started (the inspector and lessons are wired through it). */
    public MainWindow window() {
        return window;
    }
}
