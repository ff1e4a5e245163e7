package dev.trustflow.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ThemeModelTest {

    private final ThemeModel themes = new ThemeModel();

    @Test
    void appCssAlwaysProjectorCssOnTopWhenOn() {
        assertThat(themes.getStylesheets()).singleElement().asString().endsWith("/dev/trustflow/assets/css/app.css");
        themes.toggleProjector();
        assertThat(themes.getStylesheets()).hasSize(2);
        assertThat(themes.getStylesheets().get(1)).endsWith("/dev/trustflow/assets/css/projector.css");
    }

    @Test
    void namedThemes() {
        themes.apply("dark");
        assertThat(themes.getBase()).isEqualTo(Theme.DARK);
        assertThat(themes.isProjector()).isFalse();
        themes.apply("Projector");
        assertThat(themes.getBase()).isEqualTo(Theme.LIGHT);
        assertThat(themes.isProjector()).isTrue();
        assertThatThrownBy(() -> themes.apply("neon")).hasMessage("theme 'neon' is not one of light, dark, projector");
    }

    @Test
    void baseThemesComeFromAtlantaFx() {
        assertThat(Theme.LIGHT.userAgentStylesheet()).contains("primer-light");
        assertThat(Theme.DARK.userAgentStylesheet()).contains("primer-dark");
        assertThat(Theme.DARK.styleClass()).isEqualTo("theme-dark");
    }
}
