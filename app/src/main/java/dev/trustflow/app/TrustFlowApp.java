package dev.trustflow.app;

import dev.trustflow.app.files.FxFileDialogs;
import dev.trustflow.app.inspector.InspectorView;
import dev.trustflow.app.inspector.InspectorViewModel;
import dev.trustflow.app.inspector.SystemClipboard;
import dev.trustflow.app.learn.Learning;
import dev.trustflow.app.learn.LessonSources;
import dev.trustflow.app.learn.LessonsFolder;
import dev.trustflow.app.learn.UserHome;
import dev.trustflow.app.lesson.LessonNarration;
import dev.trustflow.app.lesson.LessonShelf;
import dev.trustflow.app.notice.Notifications;
import dev.trustflow.app.player.FrameTickSource;
import dev.trustflow.app.quiz.QuizLauncher;
import dev.trustflow.app.quiz.QuizPrompt;
import dev.trustflow.app.quiz.QuizView;
import dev.trustflow.app.playlist.FxPlaylistDialogs;
import dev.trustflow.app.playlist.PlaylistPanel;
import dev.trustflow.app.probe.Probes;
import dev.trustflow.app.shell.AppModels;
import dev.trustflow.app.shell.InspectorFollower;
import dev.trustflow.app.shell.MainWindow;
import dev.trustflow.app.shell.SnapshotRequest;
import dev.trustflow.app.shell.Snapshotter;
import dev.trustflow.app.shell.UncaughtErrors;
import dev.trustflow.app.shell.SecondaryWindow;
import dev.trustflow.app.task.ExecutorTaskRunner;
import dev.trustflow.app.task.TaskRunner;
import dev.trustflow.app.workbench.TokenWorkbenchView;
import dev.trustflow.app.workbench.TokenWorkbenchViewModel;
import dev.trustflow.sim.check.CheckExplanations;
import dev.trustflow.sim.lesson.LessonSet;
import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.scenario.ScenarioCatalog;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The composition root: builds the view-models and the main window, and nothing else. */
public class TrustFlowApp extends Application {

    private final Supplier<List<Scenario>> scenarios;
    private final Supplier<LessonSet> lessons;
    private final UserHome home;
    private Learning learning;
    private CheckExplanations explanations;
    private TaskRunner tasks;
    private MainWindow window;
    private QuizLauncher quiz;

    /** The app a user runs: every scenario, the bundled lessons and the user's, settings and progress kept. */
    public TrustFlowApp() {
        this(() -> new ScenarioCatalog().all(), UserHome.current());
    }

    /**
     * With given scenarios, the bundled lessons and those of {@code home}'s lessons folder (watched), and the
     * settings and progress kept in {@code home}.
     */
    public TrustFlowApp(Supplier<List<Scenario>> scenarios, UserHome home) {
        this.scenarios = scenarios;
        this.home = home;
        this.lessons = new LessonSources(home.lessons());
    }

    /** With a given list of scenarios and no lessons (tests use a small one). */
    public TrustFlowApp(Supplier<List<Scenario>> scenarios) {
        this(scenarios, () -> new LessonSet(List.of(), List.of(), List.of()));
    }

    /** With given scenarios and a given source of lessons (called on a worker thread). */
    public TrustFlowApp(Supplier<List<Scenario>> scenarios, Supplier<LessonSet> lessons) {
        this.scenarios = scenarios;
        this.lessons = lessons;
        this.home = null;
    }

    /** Runs on the launcher thread, before the FX thread starts: reads the bundled data files here. */
    @Override
    public void init() {
        explanations = CheckExplanations.bundled();
        if (home != null) {
            learning = new Learning(home);
            learning.read();
        }
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
        models.views().applyStartup(System.getProperties());
        boolean snapshot = SnapshotRequest.from(System.getProperties()).isPresent();
        wireLessonsAndInspector(models, notices, snapshot);
        Scene scene = window.show(stage);
        TokenWorkbenchViewModel workbench = new TokenWorkbenchViewModel(explanations(), tasks.background(),
                Platform::runLater, Clock.systemUTC());
        models.window().setWorkbenchOpener(new SecondaryWindow("Token workbench", () -> new TokenWorkbenchView(workbench),
                1100, 760, models.themes(), stage)::show);
        models.playlist().setDialogs(new FxPlaylistDialogs(() -> stage));
        models.playlist().setPanelOpener(new SecondaryWindow("Playlist", () -> new PlaylistPanel(models.playlist()),
                620, 460, models.themes(), stage)::show);
        Probes.install(stage);
        SnapshotRequest.from(System.getProperties()).ifPresent(r -> new Snapshotter(models, scene).take(r));
    }

    private void wireLessonsAndInspector(AppModels models, Notifications notices, boolean snapshot) {
        LessonNarration narration = new LessonNarration(models.player(), models.narration().lessonTextProperty());
        LessonShelf shelf = new LessonShelf(models.session(), narration, notices);
        if (learning != null) {
            wireLearning(models, shelf, narration, snapshot);
        }
        shelf.load(tasks, lessons);
        wireQuiz(models, narration);
        InspectorViewModel inspector = new InspectorViewModel(explanations(), tasks.background(), Platform::runLater,
                new SystemClipboard());
        InspectorFollower.follow(models.player(), inspector);
        window.setInspector(new InspectorView(inspector));
    }

    /** Settings, progress, resuming and the watched lessons folder; a snapshot only reads, never writes. */
    private void wireLearning(AppModels models, LessonShelf shelf, LessonNarration narration, boolean snapshot) {
        learning.start(models, shelf, narration, tasks.background(), Platform::runLater, !snapshot);
        LessonsFolder folder = new LessonsFolder(home.lessons(), tasks.background(), Platform::runLater,
                getHostServices()::showDocument, models.notices());
        models.window().setLessonsFolder(folder.path().toString(), folder::open);
        if (!snapshot) {
            learning.resumeWhenLoaded(models, shelf);
            learning.watchLessons(() -> Platform.runLater(() -> shelf.load(tasks, lessons)),
                    text -> Platform.runLater(() -> models.notices().error(text)));
        }
    }

    private void wireQuiz(AppModels models, LessonNarration narration) {
        quiz = new QuizLauncher(narration.lessonProperty(), models.player(), models.quizzes());
        quiz.onFinished((lesson, score) -> models.progress().recordQuiz(lesson.id(), score.correct(), score.total()));
        QuizView view = new QuizView(quiz);
        window.addUnderNarration(new QuizPrompt(quiz));
        quiz.openProperty().addListener((obs, was, open) -> {
            window.showInCentre(open ? view : null);
            if (open) {
                view.requestFocus();
            }
        });
    }

    private CheckExplanations explanations() {
        if (explanations == null) {
            explanations = CheckExplanations.bundled();
        }
        return explanations;
    }

    @Override
    public void stop() {
        if (learning != null) {
            learning.close();
        }
        if (tasks != null) {
            tasks.shutdown();
        }
    }

    /** The lesson quiz once started: {@code quiz().onFinished((lesson, score) -> ..)} hears every finished quiz. */
    public QuizLauncher quiz() {
        return quiz;
    }

    /** The main window once started (the inspector and lessons are wired through it). */
    public MainWindow window() {
        return window;
    }
}
