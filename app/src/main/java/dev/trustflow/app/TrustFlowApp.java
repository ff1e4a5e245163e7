package dev.trustflow.app;

import dev.trustflow.app.files.FxFileDialogs;
import dev.trustflow.app.inspector.InspectorView;
import dev.trustflow.app.inspector.InspectorViewModel;
import dev.trustflow.app.inspector.SystemClipboard;
import dev.trustflow.app.learn.Learning;
import dev.trustflow.app.learn.LearningModels;
import dev.trustflow.app.learn.LessonSources;
import dev.trustflow.app.learn.LessonsFolder;
import dev.trustflow.app.learn.UserHome;
import dev.trustflow.app.lesson.LessonInterviewModel;
import dev.trustflow.app.lesson.LessonInterviewView;
import dev.trustflow.app.lesson.LessonIntroModel;
import dev.trustflow.app.lesson.LessonIntroView;
import dev.trustflow.app.lesson.LessonNarration;
import dev.trustflow.app.lesson.LessonShelf;
import dev.trustflow.app.notice.Notifications;
import dev.trustflow.app.player.FrameTickSource;
import dev.trustflow.app.playlist.PlaylistWindow;
import dev.trustflow.app.probe.NextPulse;
import dev.trustflow.app.probe.Probes;
import dev.trustflow.app.quiz.QuizLauncher;
import dev.trustflow.app.quiz.QuizOpenButton;
import dev.trustflow.app.quiz.QuizPrompt;
import dev.trustflow.app.quiz.QuizView;
import dev.trustflow.app.shell.AppServices;
import dev.trustflow.app.shell.AutoPlay;
import dev.trustflow.app.shell.BootScreen;
import dev.trustflow.app.shell.InspectorFollower;
import dev.trustflow.app.shell.MainWindow;
import dev.trustflow.app.shell.MainWindowModels;
import dev.trustflow.app.shell.SnapshotRequest;
import dev.trustflow.app.shell.Snapshotter;
import dev.trustflow.app.shell.UncaughtErrors;
import dev.trustflow.app.stage.WorldLayout;
import dev.trustflow.app.task.ExecutorTaskRunner;
import dev.trustflow.app.task.RunService;
import dev.trustflow.app.task.TaskRunner;
import dev.trustflow.app.workbench.WorkbenchWindow;
import dev.trustflow.sim.check.CheckExplanations;
import dev.trustflow.sim.lesson.LessonParser;
import dev.trustflow.sim.lesson.LessonSet;
import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.scenario.ScenarioRunner;
import dev.trustflow.sim.scenarios.BundledScenarios;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The composition root: builds the view-models and the main window, and nothing else. */
public class TrustFlowApp extends Application {

    /**
     * The app's one scenario runner, and so its one RSA key cache: the {@link RunService} runs the main window's
     * and the comparison's scenarios with it, and the checks of the user's lessons run theirs with it too.
     */
    private final ScenarioRunner runner = new ScenarioRunner();
    private final Supplier<List<Scenario>> scenarios;
    private final Supplier<LessonSet> lessons;
    private final UserHome home;
    private Learning learning;
    private CheckExplanations explanations;
    private TaskRunner tasks;
    private MainWindow window;
    private QuizLauncher quiz;
    private final CompletableFuture<MainWindow> ready = new CompletableFuture<>();
    /** The lessons as first read, started at the boot screen's first frame so that the main window opens with them. */
    private final CompletableFuture<LessonSet> firstLessons = new CompletableFuture<>();
    /** Completes when the first lessons are in the browser, or could not be read (the notice says why). */
    private final CompletableFuture<Void> lessonsListed = new CompletableFuture<>();
    /** Completes on the FX thread once the main window's first frame is laid out. */
    private final CompletableFuture<Void> mainWindowPainted = new CompletableFuture<>();

    /** The app a user runs: every scenario, the bundled lessons and the user's, settings and progress kept. */
    public TrustFlowApp() {
        this(() -> BundledScenarios.catalog().all(), UserHome.current());
    }

    /**
     * With given scenarios, the bundled lessons and those of {@code home}'s lessons folder (watched), and the
     * settings and progress kept in {@code home}.
     */
    public TrustFlowApp(Supplier<List<Scenario>> scenarios, UserHome home) {
        this.scenarios = scenarios;
        this.home = home;
        // the parser (and the scenario catalog it checks against) is made on the worker that first reads the lessons
        this.lessons = new LessonSources(home.lessons(), () -> new LessonParser(BundledScenarios.catalog(), runner));
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

    /**
     * Shows the boot screen at once (text only: the window's first frame costs no more than a bare window's),
     * reads the scenarios, explanations, settings and progress on a worker meanwhile, and builds the main window
     * right after that first frame. {@link #ready()} completes when the main window is in the scene.
     */
    @Override
    public void start(Stage stage) {
        Notifications notices = new Notifications();
        UncaughtErrors errors = new UncaughtErrors(notices, Platform::runLater);
        errors.install();
        tasks = new ExecutorTaskRunner(Platform::runLater, errors::report);
        BootScreen boot = new BootScreen();
        Scene scene = new Scene(boot.root(), MainWindow.DEFAULT_WIDTH, MainWindow.DEFAULT_HEIGHT);
        scene.getStylesheets().add(BootScreen.stylesheet());
        stage.setScene(scene);
        stage.titleProperty().unbind();
        stage.setTitle("TrustFlow");
        // the startup probe's "ready": the main window painted with its lessons listed
        Probes.install(stage, ready.thenCombine(lessonsListed, (window, listed) -> window));
        CompletableFuture<StartupData> data = new CompletableFuture<>();
        tasks.background().execute(() -> {
            try {
                data.complete(load());
            } catch (RuntimeException | Error e) {
                data.completeExceptionally(e);
            }
        });
        stage.show();
        NextPulse.then(scene, () -> {
            // validating the lessons runs their scenarios: after the first frame, which they would delay, and
            // beside the main window's building, so that they are there for its first frame
            tasks.background().execute(this::readFirstLessons);
            data.whenComplete((loaded, error) -> Platform.runLater(() ->
                    finishStart(stage, scene, notices, boot, loaded, error)));
        });
        // the stage's layout library, warmed on a worker so that a lesson's first layout does not stall the FX
        // thread; only once the main window is painted: beside the boot screen it delayed that frame by about 0.4 s
        // (loading its classes), and beside the main window's first pulse it took a core from that pulse
        mainWindowPainted.thenRun(() -> tasks.background().execute(WorldLayout::warmUp));
    }

    /** Builds the main window from what was read, or says on the boot screen why the app cannot start. */
    private void finishStart(Stage stage, Scene scene, Notifications notices, BootScreen boot, StartupData loaded,
                             Throwable loadError) {
        Throwable error = loadError;
        if (error == null) {
            try {
                ready.complete(buildWindow(stage, scene, notices, loaded));
                NextPulse.then(scene, () -> mainWindowPainted.complete(null));
                return;
            } catch (RuntimeException e) {
                error = e;
            }
        }
        scene.setRoot(boot.root());
        scene.getStylesheets().setAll(BootScreen.stylesheet());
        boot.failed(String.valueOf(error.getMessage()));
        ready.completeExceptionally(error);
        lessonsListed.complete(null);
    }

    /** Worker thread. */
    private void readFirstLessons() {
        try {
            firstLessons.complete(lessons.get());
        } catch (RuntimeException | Error e) {
            firstLessons.completeExceptionally(e);
        }
    }

    /** Worker thread: everything the window needs that is read from files or built from the catalog. */
    private StartupData load() {
        Learning read = null;
        if (home != null) {
            read = new Learning(home);
            read.read();
        }
        return new StartupData(scenarios.get(), CheckExplanations.bundled(), Optional.ofNullable(read));
    }

    private MainWindow buildWindow(Stage stage, Scene scene, Notifications notices, StartupData data) {
        explanations = data.explanations();
        learning = data.learning().orElse(null);
        AppServices services = AppServices.start(notices, tasks, new RunService(runner, tasks));
        MainWindowModels models = MainWindowModels.create(services, data.scenarios(), new FrameTickSource(),
                new FxFileDialogs(() -> stage), Platform::exit);
        window = new MainWindow(models);
        models.views().applyStartup(System.getProperties());
        boolean snapshot = SnapshotRequest.from(System.getProperties()).isPresent();
        wireLessonsAndInspector(models, notices, snapshot);
        window.attach(stage, scene);
        models.window().setWorkbenchOpener(new WorkbenchWindow(explanations, tasks.background(), Platform::runLater,
                Clock.systemUTC(), services.themes(), stage)::show);
        PlaylistWindow.attach(models.playlist(), services.themes(), stage);
        SnapshotRequest.from(System.getProperties()).ifPresent(r -> new Snapshotter(models, scene).take(r));
        AutoPlay.from(System.getProperties()).ifPresent(play -> play.start(models, stage, mainWindowPainted));
        return window;
    }

    private void wireLessonsAndInspector(MainWindowModels models, Notifications notices, boolean snapshot) {
        LessonNarration narration = new LessonNarration(models.player(), models.narration().lessonTextProperty());
        LessonShelf shelf = new LessonShelf(models.session(), narration, notices);
        if (learning != null) {
            wireLearning(models, shelf, narration, snapshot);
        }
        shelf.loadsProperty().addListener((obs, before, loads) -> lessonsListed.complete(null));
        firstLessons.whenComplete((set, error) -> {
            if (error != null) {
                lessonsListed.complete(null);
            }
        });
        // read by now, as a rule: shown at once, so the window's first frame lists them
        shelf.load(firstLessons, task -> {
            if (Platform.isFxApplicationThread()) {
                task.run();
            } else {
                Platform.runLater(task);
            }
        });
        wireQuiz(models, narration);
        InspectorViewModel inspector = new InspectorViewModel(explanations, tasks.background(), Platform::runLater,
                new SystemClipboard());
        InspectorFollower.follow(models.player(), inspector, window.inspectorShownProperty());
        window.setInspector(new InspectorView(inspector));
    }

    /** Settings, progress, resuming and the watched lessons folder; a snapshot only reads, never writes. */
    private void wireLearning(MainWindowModels models, LessonShelf shelf, LessonNarration narration, boolean snapshot) {
        AppServices services = models.services();
        LearningModels learner = new LearningModels(services.notices(), services.themes(), models.player(),
                services.quizzes(), services.progress(), models.session(), models.window());
        learning.start(learner, shelf, narration, tasks.background(), Platform::runLater, !snapshot);
        LessonsFolder folder = new LessonsFolder(home.lessons(), tasks.background(), Platform::runLater,
                getHostServices()::showDocument, models.services().notices());
        models.window().setLessonsFolder(folder.path().toString(), folder::open);
        if (!snapshot) {
            learning.resumeWhenLoaded(learner, shelf);
            learning.watchLessons(() -> Platform.runLater(() -> shelf.load(tasks, lessons)),
                    text -> Platform.runLater(() -> models.services().notices().error(text)));
        }
    }

    /**
     * The quiz, the lesson's introduction and its interview take the stage's place: the quiz when open, else the
     * introduction (before the first step), else the interview (at the last step, or asked for at the quiz's end).
     * Opening the quiz puts the interview aside, so closing it shows the last step.
     */
    private void wireQuiz(MainWindowModels models, LessonNarration narration) {
        quiz = new QuizLauncher(narration.lessonProperty(), models.player(), models.services().quizzes());
        quiz.onFinished((lesson, score) -> models.services().progress().recordQuiz(lesson.id(), score.correct(),
                score.total()));
        QuizView view = new QuizView(quiz);
        LessonIntroModel intro = new LessonIntroModel(narration.lessonProperty(), models.player());
        LessonIntroView introView = new LessonIntroView(intro);
        LessonInterviewModel interview = new LessonInterviewModel(narration.lessonProperty(), models.player());
        LessonInterviewView interviewView = new LessonInterviewView(interview,
                new QuizOpenButton(quiz, "lesson-interview-quiz"));
        quiz.onInterview(interview::open);
        window.addUnderNarration(new QuizPrompt(quiz));
        Runnable centre = () -> window.showInCentre(quiz.isOpen() ? view : intro.isShowing() ? introView
                : interview.isShowing() ? interviewView : null);
        quiz.openProperty().addListener((obs, was, open) -> {
            if (open) {
                interview.putAside();
            }
            centre.run();
            if (open) {
                view.requestFocus();
            }
        });
        intro.showingProperty().addListener((obs, was, showing) -> centre.run());
        interview.showingProperty().addListener((obs, was, showing) -> centre.run());
        centre.run();
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

    /** Completes with the main window once it is built and in the scene (fails if the app could not start). */
    public CompletionStage<MainWindow> ready() {
        return ready;
    }

    /** The main window once {@link #ready()} (the inspector and lessons are wired through it); null before. */
    public MainWindow window() {
        return window;
    }
}
