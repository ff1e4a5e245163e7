package dev.trustflow.sim.lesson;

import static dev.trustflow.sim.lesson.LessonTexts.GOOD;
import static dev.trustflow.sim.lesson.LessonTexts.assertProblem;
import static dev.trustflow.sim.lesson.LessonTexts.goodWith;
import static dev.trustflow.sim.lesson.LessonTexts.lineOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonParserTest {

    private final LessonParser parser = new LessonParser();

    private LessonParseResult parse(String text) {
        return parser.parse("lesson.md", text);
    }

    @Test
    void aGoodLessonParsesIntoTheModel() {
        LessonParseResult result = parse(GOOD);
        assertThat(result.problems()).isEmpty();
        Lesson lesson = result.lesson();
        assertThat(lesson.id()).isEqualTo("tiny-lesson");
        assertThat(lesson.title()).isEqualTo("A tiny lesson: hashes");
        assertThat(lesson.order()).isEqualTo(7);
        assertThat(lesson.topic()).isEqualTo("Foundations");
        assertThat(lesson.level()).isEqualTo("beginner");
        assertThat(lesson.minutes()).isEqualTo(5);
        assertThat(lesson.objectives()).containsExactly("A hash needs no key.");
        assertThat(lesson.scenario()).isEqualTo("hash-mac-signature");
        assertThat(lesson.options()).containsEntry("protection", "hash");
        assertThat(lesson.whatIfs()).containsExactly("protection");
        assertThat(lesson.narration()).hasSize(4);
        NarrationCue first = lesson.narration().get(0);
        assertThat(first.when()).isEqualTo(new EventSelector("message.sent", "alice", null, null, null, null));
        assertThat(first.line()).isEqualTo(lineOf(GOOD, "Alice sends the order") - 1);
        assertThat(lesson.narration().get(3).onlyIf()).containsEntry("protection", "hmac");
        assertThat(lesson.quiz()).hasSize(4);
        assertThat(lesson.quiz().get(1).choices().get(1).correct()).isFalse();
        assertThat(lesson.quiz().get(3).answerIndex()).isEqualTo(1);
        assertThat(lesson.body()).startsWith("# A tiny lesson").contains("Read this first.");
        assertThat(lesson.source()).isEqualTo("lesson.md");
    }

    @Test
    void optionsTheLessonDoesNotSetTakeTheScenarioDefaults() {
        LessonParseResult result = parse(goodWith("options:\n  protection: hash\n", ""));
        assertThat(result.problems()).isEmpty();
        assertThat(result.lesson().options()).containsEntry("protection", "hash");
    }

    @Test
    void windowsLineEndsAndAByteOrderMarkKeepTheLineNumbers() {
        String text = "\uFEFF" + goodWith("level: beginner", "level: expert").replace("\n", "\r\n");
        assertProblem(parse(text), lineOf(GOOD, "level: beginner"), "'level' must be one of");
    }

    @Test
    void aFileWithoutFrontMatterIsReportedAtLineOne() {
        assertProblem(parse("# Just markdown\n"), 1, "must start with a line '---'");
    }

    @Test
    void unclosedFrontMatterIsReported() {
        assertProblem(parse("---\nid: x\ntitle: y\n"), 1, "never closed");
    }

    @Test
    void aYamlSyntaxErrorIsReportedAtItsLine() {
        String text = goodWith("minutes: 5", "minutes: [5");
        LessonParseResult result = parse(text);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("YAML error:");
            assertThat(p.line()).isBetween(lineOf(GOOD, "minutes: 5"), lineOf(GOOD, "objectives:") + 1);
        });
    }

    @Test
    void badIndentationIsReportedAtTheOffendingLine() {
        String text = goodWith("  - A hash needs no key.", "  - A hash needs no key.\n bad: indent");
        LessonParseResult result = parse(text);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("YAML error:");
            assertThat(p.line()).isEqualTo(lineOf(text, " bad: indent"));
        });
    }

    @Test
    void aMisspeltKeySuggestsTheNearestKnownKey() {
        String text = goodWith("objectives:", "objetives:");
        LessonParseResult result = parse(text);
        assertProblem(result, lineOf(text, "objetives:"), "unknown key 'objetives'", "did you mean 'objectives'?");
        assertProblem(result, lineOf(text, "Read this first") - 3, "missing key 'objectives'");
    }

    @Test
    void anUnknownKeyFarFromAnyKnownOneListsTheKnownKeys() {
        String text = goodWith("minutes: 5", "minutes: 5\ncolour: blue");
        assertProblem(parse(text), lineOf(text, "colour"), "unknown key 'colour'", "known keys: id, title");
    }

    @Test
    void aDuplicateKeyIsReported() {
        String text = goodWith("minutes: 5", "minutes: 5\nminutes: 6");
        assertProblem(parse(text), lineOf(text, "minutes: 6"), "key 'minutes' appears twice", "first at line "
                + lineOf(text, "minutes: 5"));
    }

    @Test
    void wrongTypesAreReportedAtTheValue() {
        String text = goodWith("order: 7", "order: first");
        assertProblem(parse(text), lineOf(text, "order: first"), "'order' must be a whole number", "the text 'first'");
        String zero = goodWith("minutes: 5", "minutes: 0");
        assertProblem(parse(zero), lineOf(zero, "minutes: 0"), "'minutes' must be a whole number from 1 to 240");
        String list = goodWith("title: \"A tiny lesson: hashes\"", "title: [a, b]");
        assertProblem(parse(list), lineOf(list, "title: [a, b]"), "'title' must be text, not a list");
        String id = goodWith("id: tiny-lesson", "id: Tiny Lesson");
        assertProblem(parse(id), lineOf(id, "id: Tiny"), "'id' must be lower-case words joined by '-'");
        String objectives = goodWith("  - A hash needs no key.", "  - {a: b}");
        assertProblem(parse(objectives), lineOf(objectives, "{a: b}"), "each item of 'objectives' must be text");
    }

    @Test
    void aBadLevelNamesTheLevelsAndSuggestsOne() {
        String text = goodWith("level: beginner", "level: beginer");
        assertProblem(parse(text), lineOf(text, "level: beginer"), "one of beginner, intermediate, advanced",
                "did you mean 'beginner'?");
    }

    @Test
    void everyProblemIsReportedNotOnlyTheFirst() {
        String text = goodWith("order: 7", "order: -1").replace("level: beginner", "level: guru")
                .replace("scenario: hash-mac-signature", "scenario: nope");
        LessonParseResult result = parse(text);
        assertThat(result.problems()).hasSizeGreaterThanOrEqualTo(3);
        assertProblem(result, lineOf(text, "order: -1"), "'order'");
        assertProblem(result, lineOf(text, "level: guru"), "'level'");
        assertProblem(result, lineOf(text, "scenario: nope"), "unknown scenario 'nope'", "known: ");
        assertThat(result.problems()).extracting(LessonProblem::line).isSorted();
    }

    @Test
    void quizRulesAreEnforcedWithTheirLines() {
        String three = goodWith("""
                  - question: Q4?
                    choices:
                      - {text: wrong, correct: false, why: because not}
                      - {text: right, correct: true, why: because}
                """, "");
        assertProblem(parse(three), lineOf(three, "quiz:"), "the quiz has 3 questions; a lesson needs 4 to 6");

        String twoCorrect = goodWith("{text: wrong, correct: false, why: because not}\n  - question: Q2?",
                "{text: wrong, correct: true, why: because not}\n  - question: Q2?");
        assertProblem(parse(twoCorrect), lineOf(twoCorrect, "question: Q1?") + 1,
                "question 1 has 2 correct choices; exactly one must be 'correct: true'");

        String noneCorrect = goodWith("{text: right, correct: true, why: because}\n      - {text: wrong, why: because not}",
                "{text: right, why: because}\n      - {text: wrong, why: because not}");
        assertProblem(parse(noneCorrect), lineOf(noneCorrect, "question: Q2?") + 1, "question 2 has 0 correct choices");

        String noWhy = goodWith("{text: wrong, why: because not}", "{text: wrong}");
        assertProblem(parse(noWhy), lineOf(noWhy, "{text: wrong}"), "choice 2 of question 2 has no 'why'");

        String badCorrect = goodWith("{text: wrong, why: because not}", "{text: wrong, correct: maybe, why: w}");
        assertProblem(parse(badCorrect), lineOf(badCorrect, "correct: maybe"), "'correct' in choice 2 of question 2 must be true or false");

        String oneChoice = goodWith("      - {text: wrong, why: because not}\n", "");
        assertProblem(parse(oneChoice), lineOf(oneChoice, "question: Q2?") + 1, "question 2 has 1 choice; it needs 2 to 6");
    }

    @Test
    void aLessonWithoutAnIntroductionIsReportedAtTheClosingLine() {
        String text = GOOD.substring(0, GOOD.indexOf("# A tiny lesson")) + "\n   \n";
        int closing = lineOf(GOOD, "# A tiny lesson") - 1;
        assertThat(text.split("\n")[closing - 1]).isEqualTo("---");
        assertProblem(parse(text), closing, "no introduction");
    }

    @Test
    void aliasesAreRefused() {
        String text = goodWith("topic: Foundations", "topic: &t Foundations\nminutes2: *t");
        assertProblem(parse(text), lineOf(text, "minutes2"), "YAML aliases (*t) are not allowed");
    }

    @Test
    void deepNestingIsAProblemNotACrash() {
        String deep = "[".repeat(200) + "]".repeat(200);
        LessonParseResult result = parse(goodWith("topic: Foundations", "topic: " + deep));
        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).anySatisfy(p -> assertThat(p.message()).startsWith("YAML error:"));
    }

    @Test
    void aTooLargeFileIsRefusedBeforeParsing(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.md");
        Files.writeString(big, GOOD + "x".repeat(LessonParser.MAX_BYTES));
        LessonParseResult result = parser.parse(big);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(big.toString());
            assertThat(p.line()).isZero();
            assertThat(p.message()).contains("at most 256 KB");
        });
    }

    @Test
    void bytesThatAreNotUtf8AreReported() {
        byte[] bytes = GOOD.getBytes(StandardCharsets.UTF_8);
        bytes[10] = (byte) 0xC3;
        bytes[11] = (byte) 0x28;
        assertThat(parser.parse("bad.md", bytes).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("the file is not UTF-8 text"));
    }

    @Test
    void aMissingFileIsAProblem(@TempDir Path dir) {
        assertThat(parser.parse(dir.resolve("none.md")).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("no such file"));
    }

    @Test
    void anyPrefixOfAGoodFileGivesProblemsNeverAnException() {
        int bodyStart = GOOD.indexOf("\n---\n# A tiny lesson") + 4;
        for (int end = 0; end <= bodyStart; end += 5) {
            LessonParseResult result = parse(GOOD.substring(0, end));
            assertThat(result.ok()).as("prefix of %d chars", end).isFalse();
            assertThat(result.problems()).as("prefix of %d chars", end).isNotEmpty();
            assertThat(result.problems()).allSatisfy(p -> assertThat(p.message()).doesNotContain("could not be checked"));
        }
    }

    @Test
    void frontMatterThatIsNotAMappingIsReported() {
        assertProblem(parse("---\n- a\n- b\n---\nbody\n"), 2, "must be YAML 'key: value' lines");
        LessonParseResult empty = parse("---\n---\nbody\n");
        assertThat(empty.problems()).isNotEmpty();
        assertThat(List.copyOf(empty.problems())).allSatisfy(p -> assertThat(p.file()).isEqualTo("lesson.md"));
    }
}
