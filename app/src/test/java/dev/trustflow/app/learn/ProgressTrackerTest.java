package dev.trustflow.app.learn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.entry.EntryMark;
import dev.trustflow.app.learn.ProgressData.LastPosition;
import dev.trustflow.app.player.ManualTickSource;
import dev.trustflow.app.player.Player;
import dev.trustflow.app.testsupport.CourierScenario;
import dev.trustflow.app.testsupport.Traces;
import dev.trustflow.sim.lesson.Lesson;
import dev.trustflow.sim.trace.Trace;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class ProgressTrackerTest {

    private final Player player = new Player(new ManualTickSource());
    private final Progress progress = new Progress();
    private final SimpleObjectProperty<Lesson> lesson = new SimpleObjectProperty<>();

    private static Lesson lesson(String id) {
        return new Lesson(id, "Courier", 1, "Tests", "beginner", 5, List.of("Watch a MAC."),
                new CourierScenario().id(), Map.of(), List.of(), List.of(), List.of(), "", id + ".md");
    }

    @Test
    void openingStartsSteppingMovesAndTheLastStepFinishes() {
        new ProgressTracker(progress, player, lesson);
        lesson.set(lesson("courier"));
        assertThat(progress.mark("courier")).isEqualTo(EntryMark.IN_PROGRESS);

        Trace trace = Traces.courier();
        player.load(trace);
        player.stepForward();
        player.stepForward();
        assertThat(progress.lastPosition()).map(LastPosition::cursor).contains(1);
        assertThat(progress.lastPosition().orElseThrow().seed()).isEqualTo(trace.seed());
        assertThat(progress.lastPosition().orElseThrow().options()).isEqualTo(trace.options());
        assertThat(progress.isDone("courier")).isFalse();

        player.end();
        assertThat(progress.isDone("courier")).as("End skips to the last step; it does not watch it").isFalse();
        assertThat(progress.lastPosition()).map(LastPosition::cursor).contains(trace.size() - 1);

        player.stepBack();
        player.stepForward();
        assertThat(progress.isDone("courier")).isTrue();
    }

    @Test
    void takingTheQuizFinishesTheLesson() {
        new ProgressTracker(progress, player, lesson);
        lesson.set(lesson("courier"));
        progress.recordQuiz("courier", 2, 5);
        assertThat(progress.isDone("courier")).isTrue();
    }

    @Test
    void theTraceOfTheLessonBeforeDoesNotFinishTheNextOne() {
        new ProgressTracker(progress, player, lesson);
        lesson.set(lesson("first"));
        player.load(Traces.courier());
        lesson.set(lesson("second"));
        player.end();
        player.stepBack();
        player.stepForward();
        assertThat(progress.isDone("first")).isFalse();
        assertThat(progress.isDone("second")).as("its own run has not arrived yet").isFalse();

        player.load(Traces.courier());
        player.end();
        player.stepBack();
        player.stepForward();
        assertThat(progress.isDone("second")).isTrue();
    }

    @Test
    void aPlainScenarioRecordsNothing() {
        new ProgressTracker(progress, player, lesson);
        player.load(Traces.courier());
        player.end();
        assertThat(progress.snapshot()).isEqualTo(ProgressData.empty());
    }
}
