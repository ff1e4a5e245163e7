package dev.trustflow.app.shell;

import dev.trustflow.app.breach.BreachViewModel;
import dev.trustflow.app.compare.CompareLauncher;
import dev.trustflow.app.entry.BrowserEntry;
import dev.trustflow.app.files.FileDialogs;
import dev.trustflow.app.files.TraceFiles;
import dev.trustflow.app.narration.NarrationModel;
import dev.trustflow.app.player.FrameTickSource;
import dev.trustflow.app.player.Player;
import dev.trustflow.app.player.TickSource;
import dev.trustflow.app.playlist.PlaylistModel;
import dev.trustflow.app.presenter.PresenterModel;
import dev.trustflow.app.sequence.SequenceModel;
import dev.trustflow.app.sequence.ViewModeModel;
import dev.trustflow.app.session.ScenarioSession;
import dev.trustflow.app.stage.StageModel;
import dev.trustflow.app.timeline.TimelineModel;
import dev.trustflow.app.window.WindowModel;
import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.trace.TraceCodec;
import java.util.List;

/**
 * The main window's view-models, wired together by {@link #create}: the player every view follows, the session
 * that runs what the browser opens, the views of its trace, files, window state and presenter mode, and the
 * factories of what the main window opens (the comparison over it, the playlist beside it). Built on the FX
 * thread; holds no nodes.
 *
 * @param services what all windows share
 * @param views    which view the centre shows: topology, sequence or both
 * @param compare  the side-by-side comparison: open, close, and the one open now
 * @param breach   "breach here" on the current step: the selected actor and the breach the stage shows
 */
public record MainWindowModels(AppServices services, Player player, ScenarioSession session, StageModel stage,
                               TimelineModel timeline, NarrationModel narration, SequenceModel sequence,
                               ViewModeModel views, TraceFiles files, WindowModel window, PresenterModel presenter,
                               PlaylistModel playlist, CompareLauncher compare, BreachViewModel breach) {

    /** The main window's models for {@code scenarios}; {@code quit} ends the app. */
    public static MainWindowModels create(AppServices services, List<Scenario> scenarios, TickSource ticks,
                                          FileDialogs dialogs, Runnable quit) {
        Player player = new Player(ticks);
        ScenarioSession session = new ScenarioSession(services.runs(), player, services.notices());
        scenarios.forEach(s -> session.entries().add(BrowserEntry.of(s)));
        TraceFiles files = new TraceFiles(new TraceCodec(), services.tasks(), dialogs, player, session,
                services.notices());
        WindowModel window = new WindowModel(quit);
        player.traceProperty().addListener((obs, old, trace) -> window.showing(trace == null ? null : trace.title()));
        StageModel stage = new StageModel(player);
        BreachViewModel breach = new BreachViewModel(player, services.tasks());
        stage.selectedProperty().bind(breach.selectedProperty());
        stage.breachProperty().bind(breach.breachProperty());
        PresenterModel presenter = new PresenterModel(services.themes(), window, player, session);
        breach.keyActiveProperty().bind(presenter.presentingProperty().not());
        return new MainWindowModels(services, player, session, stage, new TimelineModel(player),
                new NarrationModel(player), new SequenceModel(player), new ViewModeModel(), files, window,
                presenter,
                new PlaylistModel(session, files, services.tasks(), services.notices()),
                new CompareLauncher(session, player, services.runs(), FrameTickSource::new, services.notices()),
                breach);
    }
}
