package dev.trustflow.app.shell;

import dev.trustflow.app.learn.Progress;
import dev.trustflow.app.notice.Notifications;
import dev.trustflow.app.quiz.QuizSettings;
import dev.trustflow.app.task.RunService;
import dev.trustflow.app.task.TaskRunner;
import dev.trustflow.app.window.ThemeModel;
import java.util.Objects;

/**
 * What every window of the app shares: the notices, the background workers, the one {@link RunService} that
 * runs scenarios, the theme, the student's progress and the quiz settings. Each window's factory
 * ({@link MainWindowModels}, {@code CompareLauncher}, {@code PlaylistWindow}, {@code WorkbenchWindow}) takes
 * what it needs from here. No nodes.
 */
public record AppServices(Notifications notices, TaskRunner tasks, RunService runs, ThemeModel themes,
                          Progress progress, QuizSettings quizzes) {

    public AppServices {
        Objects.requireNonNull(notices, "notices");
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(runs, "runs");
        Objects.requireNonNull(themes, "themes");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(quizzes, "quizzes");
    }

    /** The services of a starting app: these workers and runs, a light theme, no progress yet, quizzes shown. */
    public static AppServices start(Notifications notices, TaskRunner tasks, RunService runs) {
        return new AppServices(notices, tasks, runs, new ThemeModel(), new Progress(), new QuizSettings());
    }
}
