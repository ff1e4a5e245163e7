package dev.trustflow.app.playlist;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.trustflow.app.entry.BrowserEntry;
import dev.trustflow.app.files.FileDialogs;
import dev.trustflow.app.files.TraceFiles;
import dev.trustflow.app.notice.Notifications;
import dev.trustflow.app.player.ManualTickSource;
import dev.trustflow.app.player.Player;
import dev.trustflow.app.session.ScenarioSession;
import dev.trustflow.app.task.RunService;
import dev.trustflow.app.task.SameThreadTaskRunner;
import dev.trustflow.app.testsupport.CourierScenario;
import dev.trustflow.sim.scenario.ScenarioRunner;
import dev.trustflow.sim.trace.TraceCodec;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The panel's buttons drive the playlist model: add, reorder, open, remove. */
@ExtendWith(ApplicationExtension.class)
class PlaylistPanelTest {

    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final Player player = new Player(new ManualTickSource());
    private final Notifications notices = new Notifications();
    private final ScenarioSession session = new ScenarioSession(
            new RunService(new ScenarioRunner(), tasks), player, notices);
    private final BrowserEntry courier = BrowserEntry.of(new CourierScenario());
    private PlaylistModel playlist;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        TraceFiles files = new TraceFiles(new TraceCodec(), tasks, new FileDialogs() {
            @Override
            public Optional<Path> chooseTraceToOpen() {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseTraceToSave(String suggestedName) {
                return Optional.empty();
            }
        }, player, session, notices);
        playlist = new PlaylistModel(session, files, tasks, notices);
        session.entries().add(courier);
        stage.setScene(new Scene(new PlaylistPanel(playlist), 700, 460));
        stage.show();
    }

    @Test
    void addReorderOpenAndRemoveWithTheButtons(FxRobot robot) {
        robot.interact(() -> session.select(courier, 21));
        robot.clickOn("#playlist-add");
        robot.interact(() -> session.setSeed(22));
        robot.clickOn("#playlist-add");
        ListView<PlaylistItem> list = robot.lookup("#playlist-items").queryListView();
        assertThat(list.getItems()).extracting(PlaylistItem::seed).containsExactly(21L, 22L);
        assertThat(robot.lookup("2. Courier with a MAC · seed 22").tryQuery()).isPresent();

        robot.interact(() -> list.getSelectionModel().select(1));
        robot.clickOn("#playlist-up");
        assertThat(list.getItems()).extracting(PlaylistItem::seed).containsExactly(22L, 21L);
        assertThat(list.getSelectionModel().getSelectedIndex()).isZero();

        robot.interact(() -> list.getSelectionModel().select(1));
        robot.clickOn("#playlist-open");
        assertThat(player.getTrace().seed()).isEqualTo(21);
        assertThat(playlist.getCurrent()).isEqualTo(1);

        robot.clickOn("#playlist-previous");
        assertThat(player.getTrace().seed()).isEqualTo(22);

        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("#playlist-remove");
        assertThat(list.getItems()).extracting(PlaylistItem::seed).containsExactly(21L);
    }
}
