package dev.trustflow.app.learn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.lesson.Lesson;
import dev.trustflow.sim.lesson.LessonSet;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonSourcesTest {

    @TempDir
    Path dir;

    @Test
    void bundledThenTheUsersInOrderAndATakenIdIsAProblem() throws Exception {
        LessonSources sources = new LessonSources(dir.resolve("lessons"));
        LessonSet bundledOnly = sources.get();
        assertThat(bundledOnly.lessons()).isNotEmpty();
        assertThat(bundledOnly.problems()).isEmpty();

        Path folder = Files.createDirectories(dir.resolve("lessons"));
        Files.writeString(folder.resolve("mine.md"), LearningAppFxTest.userLesson("my-replay", "Mine"));
        Files.writeString(folder.resolve("copy.md"), LearningAppFxTest.userLesson("replay", "A copy"));
        LessonSet all = sources.get();

        assertThat(all.lessons()).hasSize(bundledOnly.lessons().size() + 1);
        assertThat(all.lessons().get(all.lessons().size() - 1).id()).isEqualTo("my-replay");
        assertThat(all.lessons()).extracting(Lesson::order).isSorted();
        assertThat(all.problems()).singleElement().asString()
                .isEqualTo(folder.resolve("copy.md") + ": lesson id 'replay' is already used by replay.md; this file is skipped");
    }
}
