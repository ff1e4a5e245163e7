package dev.trustflow.app.learn;

import dev.trustflow.app.notice.Notifications;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The user's lessons folder as the menu offers it: its path, and opening it in the system's file manager
 * (created first when missing; the creation runs off the FX thread, the opening back on it).
 */
public final class LessonsFolder {

    private final Path folder;
    private final Executor background;
    private final Executor fx;
    private final Consumer<String> showDocument;
    private final Notifications notices;

    public LessonsFolder(Path folder, Executor background, Executor fx, Consumer<String> showDocument,
                         Notifications notices) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.background = Objects.requireNonNull(background, "background");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.showDocument = Objects.requireNonNull(showDocument, "showDocument");
        this.notices = Objects.requireNonNull(notices, "notices");
    }

    public Path path() {
        return folder;
    }

    /** Creates the folder if needed, then asks the desktop to show it. */
    public void open() {
        background.execute(() -> {
            try {
                Files.createDirectories(folder);
                String uri = folder.toUri().toString();
                fx.execute(() -> showDocument.accept(uri));
            } catch (IOException | RuntimeException e) {
                fx.execute(() -> notices.error("The lessons folder " + folder + " cannot be created: " + e.getMessage()));
            }
        });
    }
}
