package dev.trustflow.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.player.ManualTickSource;
import dev.trustflow.app.player.Player;
import dev.trustflow.app.testsupport.Traces;
import dev.trustflow.app.window.WindowModel;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

class KeyMapTest {

    private final Player player = new Player(new ManualTickSource());
    private final WindowModel window = new WindowModel(() -> { });
    private final KeyMap keys = KeyMap.transport(player, window);

    private void press(KeyCode key) {
        keys.commandFor(key, false, false, false).orElseThrow().run();
    }

    @Test
    void aConditionalKeyIsOursOnlyWhileItsConditionHolds() {
        boolean[] shown = {false};
        int[] cleared = {0};
        KeyMap map = new KeyMap().bindWhile(() -> shown[0], () -> cleared[0]++, KeyCode.ESCAPE);
        assertThat(map.commandFor(KeyCode.ESCAPE, false, false, false)).as("left to the focused view").isEmpty();
        shown[0] = true;
        map.commandFor(KeyCode.ESCAPE, false, false, false).orElseThrow().run();
        assertThat(cleared[0]).isEqualTo(1);
    }

    @Test
    void transportKeysDriveThePlayer() {
        player.load(Traces.courier());
        press(KeyCode.RIGHT);
        press(KeyCode.PAGE_DOWN);
        assertThat(player.getCursor()).isEqualTo(1);
        press(KeyCode.LEFT);
        assertThat(player.getCursor()).isZero();
        press(KeyCode.END);
        assertThat(player.getCursor()).isEqualTo(player.sizeProperty().get() - 1);
        press(KeyCode.HOME);
        assertThat(player.getCursor()).isEqualTo(-1);
        press(KeyCode.SPACE);
        assertThat(player.isPlaying()).isTrue();
        press(KeyCode.SPACE);
        assertThat(player.isPlaying()).isFalse();
        press(KeyCode.PLUS);
        assertThat(player.getSpeed()).isEqualTo(1.5);
        press(KeyCode.MINUS);
        press(KeyCode.SUBTRACT);
        assertThat(player.getSpeed()).isEqualTo(0.5);
    }

    @Test
    void fTogglesFullScreen() {
        press(KeyCode.F);
        assertThat(window.isFullScreen()).isTrue();
        press(KeyCode.F);
        assertThat(window.isFullScreen()).isFalse();
    }

    @Test
    void commandModifiersAndOtherKeysAreLeftAlone() {
        assertThat(keys.commandFor(KeyCode.F, true, false, false)).isEmpty();
        assertThat(keys.commandFor(KeyCode.RIGHT, false, true, false)).isEmpty();
        assertThat(keys.commandFor(KeyCode.O, false, false, false)).isEmpty();
    }
}
