package dev.trustflow.app.learn;

import dev.trustflow.app.fx.Once;
import dev.trustflow.app.lesson.LessonNarration;
import dev.trustflow.app.lesson.LessonShelf;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * What the app remembers and reads for one person, wired into the models: settings and progress read from the
 * user's folder (before the window, off the FX thread) and saved when they change, the browser's marks, the
 * lesson reopened where the student left it, and the lessons folder watched for edits.
 */
public final class Learning implements AutoCloseable {

    /** How long the lessons folder must stay quiet after a change before the lessons are read again. */
    public static final Duration QUIET = Duration.ofMillis(300);

    private final UserHome home;
    private final JsonStore<SettingsData> settingsStore;
    private final JsonStore<ProgressData> progressStore;
    private JsonStore.Loaded<SettingsData> settings;
    private JsonStore.Loaded<ProgressData> progress;
    private LatestWriter<SettingsData> settingsWriter;
    private LatestWriter<ProgressData> progressWriter;
    private LessonFolderWatcher watcher;

    public Learning(UserHome home) {
        this.home = home;
        this.settingsStore = new JsonStore<>(home.settingsFile(), SettingsData.class, SettingsData::defaults,
                SettingsData::normalized);
        this.progressStore = new JsonStore<>(home.progressFile(), ProgressData.class, ProgressData::empty,
                ProgressData::normalized);
    }

    public UserHome home() {
        return home;
    }

    /** Reads the settings and progress files. I/O: call off the FX thread. */
    public void read() {
        settings = settingsStore.load();
        progress = progressStore.load();
    }

    /**
     * Puts what was read into the models (saying once if a file had to be set aside) and, when {@code persist},
     * saves every later change in the background. On the FX thread, after {@link #read}.
     */
    public void start(LearningModels models, LessonShelf shelf, LessonNarration narration, Executor background,
                      Executor fx, boolean persist) {
        if (settings == null) {
            throw new IllegalStateException("read() first");
        }
        SettingsSync sync = new SettingsSync(models.themes(), models.player(), models.quizzes(), models.window());
        sync.apply(settings.value());
        models.progress().restore(progress.value());
        settings.notice().ifPresent(models.notices()::error);
        progress.notice().ifPresent(models.notices()::error);
        new ProgressMarks(models.progress(), models.session(), shelf::lessonOf);
        new ProgressTracker(models.progress(), models.player(), narration.lessonProperty());
        if (persist) {
            Consumer<String> problems = text -> fx.execute(() -> models.notices().error(text));
            settingsWriter = new LatestWriter<>(settingsStore, background, problems);
            progressWriter = new LatestWriter<>(progressStore, background, problems);
            sync.saveChangesTo(settingsWriter::submit);
            models.progress().revisionProperty().addListener(
                    (obs, old, now) -> progressWriter.submit(models.progress().snapshot()));
        }
    }

    /** The first time the lessons reach the browser, reopens the last lesson at its last step. */
    public void resumeWhenLoaded(LearningModels models, LessonShelf shelf) {
        Optional<ProgressData.LastPosition> last = models.progress().lastPosition();
        if (last.isEmpty()) {
            return;
        }
        Resume resume = new Resume(models.session(), models.player(), shelf::entryOf);
        Once.onNext(shelf.loadsProperty(), loads -> true, loads -> resume.reopen(last.get()));
    }

    /** Watches the lessons folder; {@code reload} runs on the watcher thread after each burst of changes. */
    public void watchLessons(Runnable reload, Consumer<String> problems) {
        watcher = new LessonFolderWatcher(home.lessons(), QUIET, reload, problems);
        watcher.start();
    }

    /** Writes what is pending and stops watching (the app is closing). */
    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        if (settingsWriter != null) {
            settingsWriter.flush();
        }
        if (progressWriter != null) {
            progressWriter.flush();
        }
    }
}
