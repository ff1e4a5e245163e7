package dev.trustflow.app.learn;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches the user's lessons folder on a daemon thread (creating it when missing) and calls back once per
 * burst of changes: after a change it waits until the folder has been quiet for the debounce time, so an
 * editor's save (truncate, write, rename) gives one reload. The callback runs on the watcher thread.
 */
public final class LessonFolderWatcher implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(LessonFolderWatcher.class.getName());

    private final Path folder;
    private final Duration quiet;
    private final Runnable onChange;
    private final Consumer<String> problems;
    private volatile WatchService service;
    private volatile boolean closed;

    public LessonFolderWatcher(Path folder, Duration quiet, Runnable onChange, Consumer<String> problems) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.quiet = Objects.requireNonNull(quiet, "quiet");
        this.onChange = Objects.requireNonNull(onChange, "onChange");
        this.problems = Objects.requireNonNull(problems, "problems");
    }

    /** Starts the watcher thread. */
    public void start() {
        Thread thread = new Thread(this::watch, "trustflow-lesson-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch() {
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            service = watcher;
            if (closed) {
                return;
            }
            Files.createDirectories(folder);
            folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                    StandardWatchEventKinds.ENTRY_MODIFY);
            while (!closed) {
                if (!drain(watcher.take())) {
                    problems.accept("The lessons folder " + folder + " is no longer watched (was it removed?)");
                    return;
                }
                WatchKey more;
                while ((more = watcher.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    if (!drain(more)) {
                        break;
                    }
                }
                onChange.run();
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            LOG.log(System.Logger.Level.DEBUG, "lesson watcher stopped");
        } catch (IOException | RuntimeException e) {
            if (!closed) {
                problems.accept("The lessons folder " + folder + " cannot be watched: " + e.getMessage());
            }
        }
    }

    /** Consumes the key's events; false when the key is no longer valid (the folder went away). */
    private static boolean drain(WatchKey key) {
        key.pollEvents();
        return key.reset();
    }

    /** Stops watching. */
    @Override
    public void close() {
        closed = true;
        WatchService watcher = service;
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "closing the lesson watcher: " + e.getMessage());
            }
        }
    }
}
