package dev.trustflow.app.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonFolderWatcherTest {

    @TempDir
    Path dir;

    @Test
    void createsTheFolderAndCallsBackOncePerBurstOfChanges() throws Exception {
        Path folder = dir.resolve("lessons");
        Semaphore changes = new Semaphore(0);
        List<String> problems = new CopyOnWriteArrayList<>();
        try (LessonFolderWatcher watcher = new LessonFolderWatcher(folder, Duration.ofMillis(400),
                changes::release, problems::add)) {
            watcher.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!Files.isDirectory(folder) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(folder).isDirectory();
            Thread.sleep(300);

            Files.writeString(folder.resolve("a.md"), "one");
            Files.writeString(folder.resolve("a.md"), "two");
            Files.writeString(folder.resolve("b.md"), "three");

            assertThat(changes.tryAcquire(20, TimeUnit.SECONDS)).as("a change was reported").isTrue();
            assertThat(changes.tryAcquire(1, TimeUnit.SECONDS)).as("one call for the burst").isFalse();

            Files.delete(folder.resolve("b.md"));
            assertThat(changes.tryAcquire(20, TimeUnit.SECONDS)).as("a later change is reported too").isTrue();
        }
        assertThat(problems).isEmpty();
    }
}
