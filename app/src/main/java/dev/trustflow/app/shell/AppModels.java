package dev.trustflow.app.shell;

import dev.trustflow.app.window.ThemeModel;
import dev.trustflow.app.window.WindowModel;
import dev.trustflow.app.entry.BrowserEntry;
import dev.trustflow.app.compare.CompareLauncher;
import dev.trustflow.app.files.FileDialogs;
import dev.trustflow.app.files.TraceFiles;
import dev.trustflow.app.learn.Progress;
import dev.trustflow.app.narration.NarrationModel;
import dev.trustflow.app.notice.Notifications;
import dev.trustflow.app.player.FrameTickSource;
import dev.trustflow.app.player.Player;
import dev.trustflow.app.player.TickSource;
import dev.trustflow.app.sequence.SequenceModel;
import dev.trustflow.app.sequence.ViewModeModel;
import dev.trustflow.app.quiz.QuizSettings;
import dev.trustflow.app.playlist.PlaylistModel;
import dev.trustflow.app.presenter.PresenterModel;
import dev.trustflow.app.session.ScenarioSession;
import dev.trustflow.app.stage.StageModel;
import dev.trustflow.app.task.TaskRunner;
import dev.trustflow.app.timeline.TimelineModel;
import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.scenario.ScenarioRunner;
import dev.trustflow.sim.trace.TraceCodec;
import java.util.List;

/** Every view-model of the main window, wired together. Built on the FX thread; holds no nodes. */
public final class AppModels {

    private final Notifications notices;
    private final TaskRunner tasks;
    private final Player player;
    private final ScenarioSession session;
    private final StageModel stage;
    private final TimelineModel timeline;
    private final NarrationModel narration;
    private final TraceFiles files;
    private final ThemeModel themes = new ThemeModel();
    private final QuizSettings quizzes = new QuizSettings();
    private final WindowModel window;
    private final ViewModeModel views = new ViewModeModel();
    private final SequenceModel sequence;
    private final PresenterModel presenter;
    private final PlaylistModel playlist;
    private final CompareLauncher compare;
    private final Progress progress = new Progress();

    public AppModels(List<Scenario> scenarios, Notifications notices, TaskRunner tasks, TickSource ticks,
                     FileDialogs dialogs, Runnable quit) {
        this.notices = notices;
        this.tasks = tasks;
        this.player = new Player(ticks);
        this.session = new ScenarioSession(new ScenarioRunner(), tasks, player, notices);
        scenarios.forEach(s -> session.entries().add(BrowserEntry.of(s)));
        this.stage = new StageModel(player);
        this.timeline = new TimelineModel(player);
        this.narration = new NarrationModel(player);
        this.sequence = new SequenceModel(player);
        this.files = new TraceFiles(new TraceCodec(), tasks, dialogs, player, session, notices);
        this.window = new WindowModel(quit);
        this.presenter = new PresenterModel(themes, window, player, session);
        this.playlist = new PlaylistModel(session, files, tasks, notices);
        this.compare = new CompareLauncher(session, player, new ScenarioRunner(), tasks, FrameTickSource::new,
                notices);
        player.traceProperty().addListener((obs, old, trace) -> window.showing(trace == null ? null : trace.title()));
    }

    public Notifications notices() {
        return notices;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public Player player() {
        return player;
    }

    public ScenarioSession session() {
        return session;
    }

    public StageModel stage() {
        return stage;
    }

    public TimelineModel timeline() {
        return timeline;
    }

    public NarrationModel narration() {
        return narration;
    }

    public TraceFiles files() {
        return files;
    }

    public ThemeModel themes() {
        return themes;
    }

    public WindowModel window() {
        return window;
    }

    /** Which view the centre shows: topology, sequence or both. */
    public ViewModeModel views() {
        return views;
    }

    public SequenceModel sequence() {
        return sequence;
    }

    /** The student's progress through the lessons (the quiz records its score here). */
    public Progress progress() {
        return progress;
    }

    public QuizSettings quizzes() {
        return quizzes;
    }

    public PresenterModel presenter() {
        return presenter;
    }

    public PlaylistModel playlist() {
        return playlist;
    }

    /** The side-by-side comparison: open, close, and the one open now. */
    public CompareLauncher compare() {
        return compare;
    }
}
