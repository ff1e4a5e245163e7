package dev.trustflow.app.presenter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.notice.Notifications;
import dev.trustflow.app.player.ManualTickSource;
import dev.trustflow.app.player.Player;
import dev.trustflow.app.session.ScenarioSession;
import dev.trustflow.app.task.RunService;
import dev.trustflow.app.task.SameThreadTaskRunner;
import dev.trustflow.app.window.ThemeModel;
import dev.trustflow.app.window.WindowModel;
import dev.trustflow.sim.scenario.ScenarioRunner;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

class PresenterKeysTest {

    private final ThemeModel themes = new ThemeModel();
    private final Player player = new Player(new ManualTickSource());
    private final PresenterModel presenter = new PresenterModel(themes, new WindowModel(() -> { }), player,
            new ScenarioSession(
                    new RunService(new ScenarioRunner(), new SameThreadTaskRunner()), player, new Notifications()));
    private final List<String> playlist = new ArrayList<>();
    private final PresenterKeys keys = new PresenterKeys(presenter, () -> playlist.add("next"),
            () -> playlist.add("previous"));

    private boolean press(KeyCode key, boolean shift, boolean shortcut) {
        return keys.commandFor(key, shift, shortcut, false, false).map(c -> {
            c.run();
            return true;
        }).orElse(false);
    }

    @Test
    void outsidePresenterModeOnlyPAndTextSize() {
        assertThat(press(KeyCode.B, false, false)).isFalse();
        assertThat(press(KeyCode.N, false, false)).isFalse();
        assertThat(press(KeyCode.ESCAPE, false, false)).isFalse();
        assertThat(press(KeyCode.EQUALS, false, true)).isTrue();
        assertThat(themes.getFontScale()).isEqualTo(1.25);
        assertThat(press(KeyCode.P, false, false)).isTrue();
        assertThat(presenter.isPresenting()).isTrue();
    }

    @Test
    void presenterKeys() {
        press(KeyCode.P, false, false);
        press(KeyCode.B, false, false);
        assertThat(presenter.isBlackout()).isTrue();
        press(KeyCode.PERIOD, false, false);
        assertThat(presenter.isBlackout()).isFalse();
        press(KeyCode.N, false, false);
        press(KeyCode.N, true, false);
        assertThat(playlist).containsExactly("next", "previous");
        press(KeyCode.PLUS, false, true);
        press(KeyCode.MINUS, false, true);
        press(KeyCode.ADD, false, true);
        assertThat(themes.getFontScale()).isEqualTo(1.25);
        press(KeyCode.DIGIT0, false, true);
        assertThat(themes.getFontScale()).isEqualTo(1.0);
        press(KeyCode.ESCAPE, false, false);
        assertThat(presenter.isPresenting()).isFalse();
    }

    @Test
    void typingInATextFieldIsTypingAndAltIsNotOurs() {
        assertThat(keys.commandFor(KeyCode.P, false, false, false, true)).isEmpty();
        assertThat(keys.commandFor(KeyCode.P, false, false, true, false)).isEmpty();
        assertThat(keys.commandFor(KeyCode.MINUS, false, true, false, true)).isPresent();
    }
}
