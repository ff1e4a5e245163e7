package dev.trustflow.app.learn;

import dev.trustflow.app.notice.Notifications;
import dev.trustflow.app.player.Player;
import dev.trustflow.app.quiz.QuizSettings;
import dev.trustflow.app.session.ScenarioSession;
import dev.trustflow.app.window.ThemeModel;
import dev.trustflow.app.window.WindowModel;
import java.util.Objects;

/**
 * The models {@link Learning} reads and saves: settings (theme, speed, quizzes, the inspector put away), progress, and the session and
 * player it marks and resumes. Handed over by the composition root, so that this package does not depend on the
 * shell that builds the windows.
 */
public record LearningModels(Notifications notices, ThemeModel themes, Player player, QuizSettings quizzes,
                             Progress progress, ScenarioSession session, WindowModel window) {

    public LearningModels {
        Objects.requireNonNull(notices, "notices");
        Objects.requireNonNull(themes, "themes");
        Objects.requireNonNull(player, "player");
        Objects.requireNonNull(quizzes, "quizzes");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(window, "window");
    }
}
