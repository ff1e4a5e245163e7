package dev.trustflow.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ThemeModelTest {

    private final ThemeModel themes = new ThemeModel();

    @Test
    void appCssAlwaysProjectorCssOnTopWhenOn() {
        assertThat(themes.getStylesheets()).hasSize(3);
        assertThat(themes.getStylesheets().get(0)).endsWith("/dev/trustflow/assets/css/app.css");
        assertThat(themes.getStylesheets().get(1)).endsWith("/dev/trustflow/assets/css/quiz.css");
        assertThat(themes.getStylesheets().get(2)).endsWith("/dev/trustflow/assets/css/presenter.css");
        themes.toggleProjector();
        assertThat(themes.getStylesheets()).hasSize(4);
        assertThat(themes.getStylesheets().get(2)).endsWith("/dev/trustflow/assets/css/projector.css");
        assertThat(themes.getStylesheets().get(3)).endsWith("/dev/trustflow/assets/css/presenter.css");
    }

    @Test
    void fontScaleStartsAtOneHundredPercent() {
        assertThat(themes.getFontScale()).isEqualTo(1.0);
        themes.fontScaleProperty().set(2.0);
        assertThat(themes.fontScaleProperty().get()).isEqualTo(2.0);
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
