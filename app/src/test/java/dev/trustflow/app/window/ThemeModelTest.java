package dev.trustflow.app.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ThemeModelTest {

    private final ThemeModel themes = new ThemeModel();

    @Test
    void appCssAlwaysProjectorCssOnTopWhenOn() {
        assertThat(themes.getStylesheets().get(0)).endsWith("/dev/trustflow/assets/css/app.css");
        assertThat(themes.getStylesheets()).noneMatch(sheet -> sheet.endsWith("projector.css"));
        assertThat(themes.getStylesheets()).anyMatch(sheet -> sheet.endsWith("/dev/trustflow/assets/css/learn.css"))
                .anyMatch(sheet -> sheet.endsWith("/dev/trustflow/assets/css/quiz.css"))
                .anyMatch(sheet -> sheet.endsWith("/dev/trustflow/assets/css/compare.css"));
        assertThat(themes.getStylesheets().get(themes.getStylesheets().size() - 1)).endsWith("/dev/trustflow/assets/css/presenter.css");
        int without = themes.getStylesheets().size();
        themes.toggleProjector();
        assertThat(themes.getStylesheets()).hasSize(without + 1);
        assertThat(themes.getStylesheets().get(without - 1)).endsWith("/dev/trustflow/assets/css/projector.css");
        assertThat(themes.getStylesheets().get(without)).endsWith("/dev/trustflow/assets/css/presenter.css");
    }

    @Test
    void fontScaleIsClampedToOneToTwoAndAHalf() {
        assertThat(themes.getFontScale()).isEqualTo(1.0);
        themes.setFontScale(1.75);
        assertThat(themes.getFontScale()).isEqualTo(1.75);
        themes.setFontScale(9);
        assertThat(themes.getFontScale()).isEqualTo(2.5);
        themes.setFontScale(Double.NaN);
        assertThat(themes.getFontScale()).isEqualTo(1.0);
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
