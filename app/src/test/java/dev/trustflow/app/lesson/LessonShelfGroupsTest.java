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
import dev.trustflow.app.testsupport.CourierScenario;
import dev.trustflow.sim.lesson.Lesson;
import dev.trustflow.sim.lesson.LessonProblem;
import dev.trustflow.sim.lesson.LessonSet;
import dev.trustflow.sim.scenario.ScenarioRunner;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

class LessonShelfGroupsTest {

    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final Player player = new Player(new ManualTickSource());
    private final Notifications notices = new Notifications();
    private final ScenarioSession session = new ScenarioSession(
            new RunService(new ScenarioRunner(), tasks), player, notices);
    private final LessonShelf shelf;

    LessonShelfGroupsTest() {
        session.entries().add(BrowserEntry.of(new CourierScenario()));
        shelf = new LessonShelf(session, new LessonNarration(player, new SimpleStringProperty()), notices);
    }

    private static Lesson lesson(String id, int order, String topic, String scenario) {
        return new Lesson(id, "Title " + id, order, topic, "beginner", 10, List.of("See a MAC.", "Break it."),
                scenario, Map.of(), List.of("tamper"), List.of(), List.of(), "", id + ".md");
    }

    private List<String> ids() {
        return session.entries().stream().map(BrowserEntry::id).toList();
    }

    @Test
    void lessonsByTopicInOrderThenProblemsThenTheScenarios() {
        LessonSet set = new LessonSet(List.of(lesson("a", 1, "Basics", CourierScenario.ID),
                lesson("b", 2, "Tokens", CourierScenario.ID), lesson("c", 3, "Basics", CourierScenario.ID),
                lesson("d", 4, "Basics", "no-such-scenario")),
                List.of(new LessonProblem("/home/ann/lessons/bad.md", 6, "'level' must be one of ...")), List.of());
        shelf.show(set);

        assertThat(ids()).containsExactly("topic:Basics", "lesson:a", "lesson:c", "topic:Tokens", "lesson:b",
                "topic:problems", "problem:0:/home/ann/lessons/bad.md", "problem:1:d.md",
                "topic:scenarios", CourierScenario.ID);
        BrowserEntry a = shelf.entryOf("a").orElseThrow();
        assertThat(a.subtitle()).isEqualTo("Lesson 1 · beginner · 10 min");
        assertThat(a.details()).isEqualTo("You will be able to:\n• See a MAC.\n• Break it.");
        assertThat(a.offeredWhatIfs()).containsExactly("tamper");
        BrowserEntry bad = session.entries().get(6);
        assertThat(bad.kind()).isEqualTo(EntryKind.PROBLEM);
        assertThat(bad.title()).isEqualTo("bad.md");
        assertThat(bad.details()).isEqualTo("/home/ann/lessons/bad.md:6: 'level' must be one of ...");
        assertThat(session.entries().get(7).details()).isEqualTo("d.md: scenario 'no-such-scenario' is not in this app");
        assertThat(notices.getCurrent().text()).isEqualTo("2 problems in lesson files; they are listed in the browser");
        assertThat(shelf.loadsProperty().get()).isEqualTo(1);
    }

    @Test
    void loadingAgainReplacesTheLessonsAndSaysNothingNewWhenTheProblemsAreTheSame() {
        LessonProblem problem = new LessonProblem("bad.md", 2, "broken");
        shelf.show(new LessonSet(List.of(lesson("a", 1, "Basics", CourierScenario.ID)), List.of(problem), List.of()));
        notices.dismiss();
        shelf.load(tasks, () -> new LessonSet(List.of(lesson("b", 1, "Basics", CourierScenario.ID)), List.of(problem),
                List.of()));
        assertThat(ids()).containsExactly("topic:Basics", "lesson:b", "topic:problems", "problem:0:bad.md",
                "topic:scenarios", CourierScenario.ID);
        assertThat(notices.getCurrent()).isNull();

        shelf.load(tasks, () -> new LessonSet(List.of(), List.of(), List.of()));
        assertThat(ids()).containsExactly(CourierScenario.ID);
    }
}
