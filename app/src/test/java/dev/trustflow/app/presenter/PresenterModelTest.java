package dev.trustflow.app.presenter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.entry.BrowserEntry;
import dev.trustflow.app.notice.Notifications;
import dev.trustflow.app.player.ManualTickSource;
import dev.trustflow.app.player.Player;
import dev.trustflow.app.session.ScenarioSession;
import dev.trustflow.app.task.RunService;
import dev.trustflow.app.task.SameThreadTaskRunner;
import dev.trustflow.app.testsupport.CourierScenario;
import dev.trustflow.app.window.ThemeModel;
import dev.trustflow.app.window.WindowModel;
import dev.trustflow.sim.scenario.ScenarioRunner;
import org.junit.jupiter.api.Test;

class PresenterModelTest {

    private final ThemeModel themes = new ThemeModel();
    private final WindowModel window = new WindowModel(() -> { });
    private final Player player = new Player(new ManualTickSource());
    private final ScenarioSession session = new ScenarioSession(
            new RunService(new ScenarioRunner(), new SameThreadTaskRunner()),
            player, new Notifications());
    private final PresenterModel presenter = new PresenterModel(themes, window, player, session);

    @Test
    void enteringTurnsOnFullScreenAndProjectorAndLeavingPutsThemBack() {
        presenter.toggle();
        assertThat(presenter.isPresenting()).isTrue();
        assertThat(window.isFullScreen()).isTrue();
        assertThat(themes.isProjector()).isTrue();
        presenter.leave();
        assertThat(presenter.isPresenting()).isFalse();
        assertThat(window.isFullScreen()).isFalse();
        assertThat(themes.isProjector()).isFalse();
    }

    @Test
    void aProjectorThemeAndFullScreenThatWereOnBeforeStayOn() {
        themes.toggleProjector();
        window.toggleFullScreen();
        presenter.enter();
        presenter.toggle();
        assertThat(themes.isProjector()).isTrue();
        assertThat(window.isFullScreen()).isTrue();
    }

    @Test
    void leavingFullScreenByTheWindowsOwnEscLeavesPresenterMode() {
        presenter.enter();
        window.setFullScreen(false);
        assertThat(presenter.isPresenting()).isFalse();
        assertThat(themes.isProjector()).isFalse();
    }

    @Test
    void presentingInTheWindowForASnapshotKeepsItWindowed() {
        presenter.present(false);
        assertThat(presenter.isPresenting()).isTrue();
        assertThat(window.isFullScreen()).isFalse();
    }

    @Test
    void blackoutOnlyWhilePresentingAndGoneOnLeaving() {
        presenter.toggleBlackout();
        assertThat(presenter.isBlackout()).isFalse();
        presenter.enter();
        presenter.toggleBlackout();
        assertThat(presenter.isBlackout()).isTrue();
        presenter.toggleBlackout();
        assertThat(presenter.isBlackout()).isFalse();
        presenter.toggleBlackout();
        presenter.leave();
        assertThat(presenter.isBlackout()).isFalse();
    }

    @Test
    void progressFollowsTheCursorAndTheSeedIsShown() {
        assertThat(presenter.progressProperty().get()).isZero();
        session.select(BrowserEntry.of(new CourierScenario()), 7);
        int size = player.getTrace().size();
        assertThat(presenter.seedTextProperty().get()).isEqualTo("seed 7");
        player.stepForward();
        assertThat(presenter.progressProperty().get()).isEqualTo(1.0 / size);
        player.end();
        assertThat(presenter.progressProperty().get()).isEqualTo(1.0);
    }

    @Test
    void textSizeStepsAndResets() {
        presenter.largerText();
        presenter.largerText();
        assertThat(themes.getFontScale()).isEqualTo(1.5);
        presenter.smallerText();
        assertThat(themes.getFontScale()).isEqualTo(1.25);
        for (int i = 0; i < 10; i++) {
            presenter.largerText();
        }
        assertThat(themes.getFontScale()).isEqualTo(2.5);
        presenter.resetText();
        assertThat(themes.getFontScale()).isEqualTo(1.0);
    }
}
