package dev.trustflow.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class AutoPlayTest {

    private static Properties props(String... pairs) {
        Properties p = new Properties();
        for (int i = 0; i < pairs.length; i += 2) {
            p.setProperty(pairs[i], pairs[i + 1]);
        }
        return p;
    }

    @Test
    void withoutThePropertyThereIsNoAutoPlay() {
        assertThat(AutoPlay.from(props())).isEmpty();
        assertThat(AutoPlay.from(props(AutoPlay.PROPERTY, "  "))).isEmpty();
    }

    @Test
    void readsTheEntryToPlay() {
        assertThat(AutoPlay.from(props(AutoPlay.PROPERTY, " lesson:oauth-code-pkce ", "trustflow.speed", "4",
                "trustflow.size", "1920x1080", "trustflow.options", "pkce=false")))
                .hasValueSatisfying(play -> assertThat(play.id()).isEqualTo("lesson:oauth-code-pkce"));
    }

    @Test
    void aMalformedValueNamesItsProperty() {
        assertThatThrownBy(() -> AutoPlay.from(props(AutoPlay.PROPERTY, "x", "trustflow.speed", "fast")))
                .hasMessage("trustflow.speed: 'fast' is not a number such as 2");
        assertThatThrownBy(() -> AutoPlay.from(props(AutoPlay.PROPERTY, "x", "trustflow.size", "big")))
                .hasMessageStartingWith("trustflow.size: 'big'");
        assertThatThrownBy(() -> AutoPlay.from(props(AutoPlay.PROPERTY, "x", "trustflow.options", "pkce")))
                .hasMessageStartingWith("trustflow.options: 'pkce'");
    }
}
