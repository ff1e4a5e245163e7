package dev.trustflow.app.shell;

import dev.trustflow.app.browser.BrowserEntry;
import dev.trustflow.app.files.FileDialogs;
import dev.trustflow.app.files.TraceFiles;
import dev.trustflow.app.narration.NarrationModel;
import dev.trustflow.app.notice.Notifications;
import dev.trustflow.app.player.Player;
import dev.trustflow.app.player.TickSource;
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
    private final WindowModel window;

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
        this.files = new TraceFiles(new TraceCodec(), tasks, dialogs, player, session, notices);
        this.window = new WindowModel(quit);
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
}
