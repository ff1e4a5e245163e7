package dev.trustflow.sim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.lesson.LessonTexts;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CheckLessonsCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new CheckLessonsCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void aFolderOfGoodLessonsPrintsOkForEachAndExitsZero(@TempDir Path dir) throws IOException {
        Path lesson = dir.resolve("tiny.md");
        Files.writeString(lesson, LessonTexts.GOOD);
        assertThat(run(dir.toString())).isEqualTo(0);
        assertThat(out.toString()).contains("OK  " + lesson).contains("1 lesson file is good");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void theBundledLessonsPassTheCheck() {
        assertThat(run(Path.of("..", "lessons").toString())).as(out.toString()).isEqualTo(0);
        assertThat(out.toString()).contains("OK  " + Path.of("..", "lessons", "hash-mac-signature.md"))
                .doesNotContain("warning");
    }

    @Test
    void aBrokenLessonPrintsFileLineAndWhatIsWrongAndExitsOne(@TempDir Path dir) throws IOException {
        Path good = dir.resolve("a.md");
        Path broken = dir.resolve("b.md");
        Files.writeString(good, LessonTexts.GOOD.replace("id: tiny-lesson", "id: a-lesson"));
        String text = LessonTexts.goodWith("minutes: 5", "minutes: lots");
        Files.writeString(broken, text);

        assertThat(run(dir.toString())).isEqualTo(1);
        assertThat(out.toString())
                .contains("OK  " + good)
                .contains(broken + ":" + LessonTexts.lineOf(text, "minutes: lots")
                        + ": 'minutes' must be a whole number from 1 to 240, not the text 'lots'")
                .contains("1 of 2 lesson files has problems");
    }

    @Test
    void aUsersLessonWithoutAnInterviewLoadsWithAWarning(@TempDir Path dir) throws IOException {
        Path lesson = Files.writeString(dir.resolve("tiny.md"), LessonTexts.GOOD);
        assertThat(run(dir.toString())).isEqualTo(0);
        assertThat(out.toString()).contains("OK  " + lesson)
                .contains(lesson + ": warning: no 'interview'");
    }

    @Test
    void aLessonThatShipsWithoutAnInterviewIsAProblem(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("index.txt"), "tiny.md\n");
        Path lesson = Files.writeString(dir.resolve("tiny.md"), LessonTexts.GOOD);
        assertThat(run(dir.toString())).isEqualTo(1);
        assertThat(out.toString()).contains(lesson + ":" + (LessonTexts.lineOf(LessonTexts.GOOD, "# A tiny lesson") - 1)
                + ": missing key 'interview'").contains("1 of 1 lesson files has problems");
    }

    @Test
    void aMissingFolderIsAUsageError(@TempDir Path dir) {
        assertThat(run(dir.resolve("nope").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no such folder: " + dir.resolve("nope"));
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aFileInsteadOfAFolderIsAUsageError(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("x.md"), LessonTexts.GOOD);
        assertThat(run(file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("is not a folder");
    }

    @Test
    void noArgumentIsAUsageError() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString()).contains("DIR");
    }

    @Test
    void anEmptyFolderSaysSoAndIsNotAFailure(@TempDir Path dir) {
        assertThat(run(dir.toString())).isEqualTo(0);
        assertThat(out.toString()).contains("no lesson files (*.md) in " + dir);
    }
}
