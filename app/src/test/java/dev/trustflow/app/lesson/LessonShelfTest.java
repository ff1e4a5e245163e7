package dev.trustflow.app.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.entry.BrowserEntry;
import dev.trustflow.app.entry.EntryKind;
import dev.trustflow.app.notice.Notifications;
import dev.trustflow.app.player.ManualTickSource;
import dev.trustflow.app.player.Player;
import dev.trustflow.app.session.ScenarioSession;
import dev.trustflow.app.task.RunService;
import dev.trustflow.app.task.SameThreadTaskRunner;
import dev.trustflow.sim.lesson.Lesson;
import dev.trustflow.sim.lesson.LessonLibrary;
import dev.trustflow.sim.lesson.LessonParser;
import dev.trustflow.sim.lesson.LessonProblem;
import dev.trustflow.sim.lesson.LessonSet;
import dev.trustflow.sim.lesson.NarrationTrack;
import dev.trustflow.sim.scenario.ScenarioRunner;
import dev.trustflow.sim.scenarios.BundledScenarios;
import dev.trustflow.sim.trace.TraceEvent;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Lessons in the browser and their narration following the player, on the real bundled lessons. */
class LessonShelfTest {

    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final Player player = new Player(new ManualTickSource());
    private final Notifications notices = new Notifications();
    private final ScenarioSession session = new ScenarioSession(
            new RunService(new ScenarioRunner(), tasks), player, notices);
    private final StringProperty narrationLine = new SimpleStringProperty("");
    private final LessonNarration narration = new LessonNarration(player, narrationLine);
    private final LessonShelf shelf = new LessonShelf(session, narration, notices);
    private static final LessonSet BUNDLED = new LessonLibrary(LessonParser.withoutRuns()).loadBundled();
    private final LessonSet bundled = BUNDLED;

    @BeforeEach
    void scenarios() {
        BundledScenarios.catalog().all().forEach(s -> session.entries().add(BrowserEntry.of(s)));
        shelf.load(tasks, () -> bundled);
    }

    @Test
    void everyBundledLessonIsListedFirstInCurriculumOrder() {
        List<BrowserEntry> lessons = session.entries().stream().filter(e -> e.kind() == EntryKind.LESSON).toList();
        assertThat(lessons).hasSize(bundled.lessons().size()).isNotEmpty();
        int scenarios = session.entries().indexOf(session.entries().stream()
                .filter(e -> e.id().equals("topic:scenarios")).findFirst().orElseThrow());
        assertThat(session.entries().subList(0, scenarios)).filteredOn(e -> e.kind() == EntryKind.LESSON)
                .isEqualTo(lessons);
        assertThat(lessons).extracting(BrowserEntry::title)
                .containsExactlyElementsOf(bundled.lessons().stream().map(Lesson::title).toList());
        assertThat(notices.getCurrent()).isNull();
    }

    @Test
    void selectingALessonRunsItsScenarioWithItsOptionsAndNarratesEachStep() {
        Lesson jwt = bundled.find("jwt-anatomy").orElseThrow();
        BrowserEntry entry = entry("lesson:jwt-anatomy");
        session.select(entry);
        assertThat(player.getTrace().scenario()).isEqualTo(jwt.scenario());
        assertThat(narration.lessonProperty().get()).isEqualTo(jwt);
        assertThat(narrationLine.get()).as("before the first step the introduction screen speaks, not the line")
                .isEmpty();

        NarrationTrack track = NarrationTrack.bind(jwt.narration(), player.getTrace());
        for (TraceEvent e : player.getTrace().events()) {
            player.stepForward();
            assertThat(narrationLine.get()).isEqualTo(track.textAt(e.seq()).orElse(""));
        }
        assertThat(narrationLine.get()).isNotEmpty();
    }

    @Test
    void aWhatIfRerunRebindsTheNarrationToTheNewTrace() {
        session.select(entry("lesson:jwt-anatomy"));
        session.setOption("attack", "alg-none");
        player.end();
        Lesson jwt = bundled.find("jwt-anatomy").orElseThrow();
        String expected = NarrationTrack.bind(jwt.narration(), player.getTrace()).textAt(player.getCursor()).orElse("");
        assertThat(narrationLine.get()).isEqualTo(expected);
    }

    @Test
    void aPlainScenarioHasNoLessonLine() {
        session.select(entry("jwt-anatomy"));
        player.stepForward();
        assertThat(narration.lessonProperty().get()).isNull();
        assertThat(narrationLine.get()).isEmpty();
    }

    @Test
    void aBrokenLessonIsReportedWithFileAndLineAndTheOthersStay() {
        LessonSet withProblem = new LessonSet(bundled.lessons(), List.of(new LessonProblem("mine.md", 7, "quiz: no correct choice")),
                bundled.sources());
        shelf.show(withProblem);
        assertThat(notices.getCurrent().text()).isEqualTo("A lesson file has a problem: mine.md:7: quiz: no correct choice");
        assertThat(session.entries().stream().filter(e -> e.kind() == EntryKind.PROBLEM).map(BrowserEntry::details))
                .containsExactly("mine.md:7: quiz: no correct choice");
        assertThat(session.entries().stream().filter(e -> e.kind() == EntryKind.LESSON)).hasSize(bundled.lessons().size());
    }

    @Test
    void lessonsReadElsewhereAreShownWhenTheyArriveUnlessANewerLoadCame() {
        session.entries().removeIf(e -> e.kind() != EntryKind.SCENARIO);
        CompletableFuture<LessonSet> reading = new CompletableFuture<>();
        shelf.load(reading, Runnable::run);
        assertThat(session.entries()).noneMatch(e -> e.kind() == EntryKind.LESSON);

        reading.complete(bundled);
        assertThat(session.entries().stream().filter(e -> e.kind() == EntryKind.LESSON)).hasSize(bundled.lessons().size());

        CompletableFuture<LessonSet> overtaken = new CompletableFuture<>();
        shelf.load(overtaken, Runnable::run);
        shelf.load(tasks, () -> new LessonSet(List.of(), List.of(), List.of()));
        overtaken.complete(bundled);
        assertThat(session.entries()).noneMatch(e -> e.kind() == EntryKind.LESSON);
    }

    @Test
    void lessonsThatCouldNotBeReadElsewhereAreReported() {
        shelf.load(CompletableFuture.failedFuture(new IllegalStateException("lessons folder unreadable")), Runnable::run);
        assertThat(notices.getCurrent().text()).isEqualTo("The lessons could not be loaded: lessons folder unreadable");
    }

    private BrowserEntry entry(String id) {
        return session.entries().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }
}
