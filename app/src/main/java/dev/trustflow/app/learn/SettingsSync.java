package dev.trustflow.app.learn;

import dev.trustflow.app.player.Player;
import dev.trustflow.app.quiz.QuizSettings;
import dev.trustflow.app.window.Theme;
import dev.trustflow.app.window.ThemeModel;
import dev.trustflow.app.window.WindowModel;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;

/**
 * Keeps the settings file and the live models in step: {@link #apply} puts stored settings into the theme,
 * player, quiz settings and window; afterwards every change of those is handed to a saver. View-model glue only.
 */
public final class SettingsSync {

    private final ThemeModel themes;
    private final Player player;
    private final QuizSettings quizzes;
    private final WindowModel window;

    public SettingsSync(ThemeModel themes, Player player, QuizSettings quizzes, WindowModel window) {
        this.themes = Objects.requireNonNull(themes, "themes");
        this.player = Objects.requireNonNull(player, "player");
        this.quizzes = Objects.requireNonNull(quizzes, "quizzes");
        this.window = Objects.requireNonNull(window, "window");
    }

    /** Puts {@code settings} into the models. */
    public void apply(SettingsData settings) {
        SettingsData s = settings.normalized();
        if (s.theme().equals("dark")) {
            themes.useDark();
        } else {
            themes.useLight();
        }
        themes.projectorProperty().set(s.projector());
        themes.setFontScale(s.fontScale());
        player.setSpeed(s.speed());
        quizzes.setHideQuizzes(s.quizzesHidden());
        window.setInspectorPutAway(s.inspectorPutAway());
    }

    /** The settings as the models hold them now. */
    public SettingsData current() {
        return new SettingsData(themes.getBase() == Theme.DARK ? "dark" : "light", themes.isProjector(),
                themes.getFontScale(), player.getSpeed(), quizzes.isHideQuizzes(),
                window.inspectorPutAwayProperty().get()).normalized();
    }

    /** Calls {@code saver} with the current settings whenever one of them changes. */
    public void saveChangesTo(Consumer<SettingsData> saver) {
        List<ObservableValue<?>> watched = List.of(themes.baseProperty(), themes.projectorProperty(),
                themes.fontScaleProperty(), player.speedProperty(), quizzes.hideQuizzesProperty(),
                window.inspectorPutAwayProperty());
        for (ObservableValue<?> value : watched) {
            value.addListener((obs, old, now) -> saver.accept(current()));
        }
    }
}
