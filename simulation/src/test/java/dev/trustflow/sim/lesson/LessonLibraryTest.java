package dev.trustflow.sim.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonLibraryTest {

    /** The repository's lessons folder (tests run with the simulation module as working directory). */
    private static final Path LESSONS = Path.of("..", "lessons");

    private final LessonLibrary library = new LessonLibrary();
    /** The bundled lessons with every cue bound over every what-if combination: done once, it runs every lesson. */
    private static LessonSet checkedBundle;

    private static synchronized LessonSet checkedBundle() {
        if (checkedBundle == null) {
            checkedBundle = new LessonLibrary().loadBundled();
        }
        return checkedBundle;
    }

    @Test
    void everyBundledLessonLoadsWithoutAProblem() {
        LessonSet bundled = checkedBundle();
        assertThat(bundled.problems()).as("problems of the bundled lessons").isEmpty();
        assertThat(bundled.lessons()).extracting(Lesson::id).contains("hash-mac-signature");
        assertThat(bundled.lessons()).extracting(Lesson::order).isSorted();
    }

    @Test
    void withoutRunsTheSameLessonsLoadAndABrokenCueIsNotReported(@TempDir Path dir) throws IOException {
        LessonSet quick = new LessonLibrary(LessonParser.withoutRuns()).loadBundled();
        assertThat(quick.lessons()).isEqualTo(checkedBundle().lessons());
        String lesson = Files.readString(Path.of("../lessons/jwt-anatomy.md"))
                .replaceFirst("check: jwt\\.signature", "check: hmac.verify");
        Files.writeString(dir.resolve("jwt-anatomy.md"), lesson);
        assertThat(new LessonLibrary(LessonParser.withoutRuns()).loadFolder(dir).problems()).isEmpty();
        assertThat(library.loadFolder(dir).problems()).isNotEmpty();
    }

    @Test
    void theIndexListsExactlyTheLessonFilesOfTheFolder() throws IOException {
        Set<String> listed = Files.readAllLines(LESSONS.resolve("index.txt")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet());
        Set<String> files = LessonLibrary.lessonFiles(LESSONS).stream().map(p -> p.getFileName().toString())
                .collect(Collectors.toSet());
        assertThat(listed).isEqualTo(files);
    }

    @Test
    void theRepositoryFolderLoadsLikeTheBundledCopy() {
        LessonSet folder = library.loadFolder(LESSONS);
        assertThat(folder.problems()).isEmpty();
        assertThat(folder.lessons()).extracting(Lesson::id)
                .containsExactlyElementsOf(checkedBundle().lessons().stream().map(Lesson::id).toList());
    }

    @Test
    void aBrokenFileDoesNotStopTheOthers(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a-good.md"), LessonTexts.GOOD);
        Files.writeString(dir.resolve("b-broken.md"), LessonTexts.goodWith("level: beginner", "level: wizard"));
        Files.writeString(dir.resolve("c-other.md"), LessonTexts.goodWith("id: tiny-lesson", "id: other-lesson")
                .replace("order: 7", "order: 3"));
        Files.writeString(dir.resolve("README.md"), "not a lesson");
        Files.writeString(dir.resolve("notes.txt"), "not a lesson either");

        LessonSet set = library.loadFolder(dir);
        assertThat(set.lessons()).extracting(Lesson::id).containsExactly("other-lesson", "tiny-lesson");
        assertThat(set.sources()).containsExactly(dir.resolve("a-good.md").toString(),
                dir.resolve("b-broken.md").toString(), dir.resolve("c-other.md").toString());
        assertThat(set.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(dir.resolve("b-broken.md").toString());
            assertThat(p.line()).isEqualTo(LessonTexts.lineOf(LessonTexts.GOOD, "level:"));
        });
        assertThat(set.problemsOf(dir.resolve("a-good.md").toString())).isEmpty();
    }

    @Test
    void aSecondLessonWithTheSameIdIsReportedAndSkipped(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("one.md"), LessonTexts.GOOD);
        Files.writeString(dir.resolve("two.md"), LessonTexts.GOOD.replace("order: 7", "order: 1"));
        LessonSet set = library.loadFolder(dir);
        assertThat(set.lessons()).singleElement().extracting(Lesson::order).isEqualTo(7);
        assertThat(set.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("two.md");
            assertThat(p.message()).contains("lesson id 'tiny-lesson' is already used by").contains("one.md");
        });
    }

    @Test
    void userLessonsComeAfterTheBundledOnesAndCannotReplaceThem(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("mine.md"), LessonTexts.GOOD);
        Files.writeString(dir.resolve("copy.md"), LessonTexts.goodWith("id: tiny-lesson", "id: hash-mac-signature"));
        LessonSet all = new LessonLibrary(LessonParser.withoutRuns()).loadAll(dir);
        assertThat(all.find("tiny-lesson")).isPresent();
        assertThat(all.find("hash-mac-signature")).get().extracting(Lesson::source).isEqualTo("hash-mac-signature.md");
        assertThat(all.problems()).singleElement().satisfies(p -> assertThat(p.file()).endsWith("copy.md"));
        assertThat(library.loadAll(dir.resolve("missing")).problems()).isEmpty();
    }

    @Test
    void anUnreadableFolderIsOneProblem(@TempDir Path dir) {
        LessonSet set = library.loadFolder(dir.resolve("missing"));
        assertThat(set.lessons()).isEmpty();
        assertThat(set.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("the lesson folder cannot be read"));
    }

    @Test
    void bundledLessonsMatchTheirFileNames() {
        for (Lesson lesson : checkedBundle().lessons()) {
            assertThat(lesson.source()).isEqualTo(lesson.id() + ".md");
        }
        assertThat(LESSONS.resolve("README.md")).as("the format reference for lesson authors").isRegularFile();
    }
}
