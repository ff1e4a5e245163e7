package dev.trustflow.sim.lesson;

import static dev.trustflow.sim.lesson.LessonTexts.GOOD;
import static dev.trustflow.sim.lesson.LessonTexts.assertProblem;
import static dev.trustflow.sim.lesson.LessonTexts.goodWith;
import static dev.trustflow.sim.lesson.LessonTexts.lineOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The {@code interview} key: read when present, optional for a user's lesson, required for lessons that ship. */
class InterviewReaderTest {

    private static final String OBJECTIVES = "objectives:\n  - A hash needs no key.\n";

    private final LessonParser parser = LessonParser.withoutRuns();

    private static String withInterview(String yaml) {
        return goodWith(OBJECTIVES, OBJECTIVES + yaml);
    }

    private LessonParseResult parse(String text) {
        return parser.parse("lesson.md", text);
    }

    @Test
    void aPresentInterviewIsReadIntoTheLesson() {
        String text = withInterview("""
                interview:
                  question: How do you know a message was not changed?
                  answer: >-
                    A hash alone catches accidents only.
                    A MAC needs a shared key.
                """);
        LessonParseResult result = parse(text);
        assertThat(result.problems()).isEmpty();
        assertThat(result.lesson().interviewIfAny()).contains(new Interview(
                "How do you know a message was not changed?", "A hash alone catches accidents only. A MAC needs a shared key."));
    }

    @Test
    void aUsersLessonMayLeaveItOut() {
        LessonParseResult result = parse(GOOD);
        assertThat(result.problems()).isEmpty();
        assertThat(result.lesson().interviewIfAny()).isEmpty();
        assertThat(result.lesson().interview()).isNull();
    }

    @Test
    void aLessonThatShipsMustHaveOne() {
        LessonParseResult result = parser.requiringInterview().parse("lesson.md", GOOD);
        assertProblem(result, lineOf(GOOD, "# A tiny lesson") - 1, "missing key 'interview'", "ships");
    }

    @Test
    void aLessonThatShipsWithOneLoads() {
        LessonParseResult result = parser.requiringInterview().parse("lesson.md",
                withInterview("interview: {question: Why a MAC, answer: Because.}\n"));
        assertThat(result.problems()).isEmpty();
        assertThat(result.lesson().interview().answer()).isEqualTo("Because.");
    }

    @Test
    void anInterviewThatIsNotAMappingIsReportedAtItsLine() {
        String text = withInterview("interview: How do you store tokens?\n");
        assertProblem(parse(text), lineOf(text, "interview:"), "'interview' must be a mapping", "the text");
    }

    @Test
    void aMissingAnswerIsReported() {
        String text = withInterview("interview:\n  question: Why?\n");
        assertProblem(parse(text), lineOf(text, "question: Why?"), "missing key 'answer' in 'interview'");
    }

    @Test
    void anEmptyInterviewIsReported() {
        String text = withInterview("interview:\n");
        assertProblem(parse(text), lineOf(text, "interview:"), "'interview' must be a mapping");
    }

    @Test
    void aMisspeltKeyGetsAHint() {
        String text = withInterview("interview:\n  question: Why?\n  anwser: Because.\n");
        assertProblem(parse(text), lineOf(text, "anwser:"), "unknown key 'anwser' in 'interview'",
                "did you mean 'answer'?");
    }

    @Test
    void anAnswerThatIsAListIsReported() {
        String text = withInterview("interview:\n  question: Why?\n  answer:\n    - one\n    - two\n");
        assertProblem(parse(text), lineOf(text, "- one"), "the interview 'answer' must be text");
    }

    @Test
    void anAnswerFarLongerThanFiveLinesIsReported() {
        String text = withInterview("interview:\n  question: Why?\n  answer: " + "word ".repeat(300) + "\n");
        assertProblem(parse(text), lineOf(text, "answer: word"), "the interview 'answer' has 1499 characters",
                "at most " + InterviewReader.MAX_ANSWER);
    }
}
