package dev.trustflow.app.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.player.ManualTickSource;
import dev.trustflow.app.player.Player;
import dev.trustflow.app.testsupport.CourierScenario;
import dev.trustflow.app.testsupport.Traces;
import dev.trustflow.sim.lesson.Interview;
import dev.trustflow.sim.lesson.Lesson;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class LessonInterviewModelTest {

    private static final Interview INTERVIEW = new Interview("How do you know who sent a message?",
            "A MAC needs a shared key; a signature proves who signed.");

    private final Player player = new Player(new ManualTickSource());
    private final SimpleObjectProperty<Lesson> lesson = new SimpleObjectProperty<>();
    private final LessonInterviewModel interview = new LessonInterviewModel(lesson, player);

    private static Lesson courier(String scenario, Interview interview) {
        return new Lesson("courier", "Courier: who can forge it?", 3, "Tests", "beginner", 10,
                List.of("Tell a MAC from a hash."), scenario, Map.of(), Map.of(), List.of(), List.of(),
                "# Courier\n\nText.\n", "courier.md", interview);
    }

    private int last() {
        return player.sizeProperty().get() - 1;
    }

    @Test
    void showsAtTheLastStepOfTheLessonsOwnRunOnly() {
        lesson.set(courier(new CourierScenario().id(), INTERVIEW));
        player.load(Traces.courier());
        assertThat(interview.isShowing()).as("before the first step").isFalse();
        player.jumpTo(last() - 1);
        assertThat(interview.isShowing()).isFalse();

        player.stepForward();
        assertThat(interview.isShowing()).as("the last step, reached by stepping").isTrue();
        assertThat(interview.question()).isEqualTo("How do you know who sent a message?");
        assertThat(interview.answer()).startsWith("A MAC needs a shared key");

        player.stepBack();
        assertThat(interview.isShowing()).isFalse();
    }

    @Test
    void puttingItAsideShowsTheLastStepUntilTheEndIsReachedAgain() {
        lesson.set(courier(new CourierScenario().id(), INTERVIEW));
        player.load(Traces.courier());
        player.jumpTo(last());
        assertThat(interview.isShowing()).isTrue();

        interview.putAside();
        assertThat(interview.isShowing()).isFalse();
        assertThat(player.getCursor()).isEqualTo(last());

        player.stepBack();
        player.stepForward();
        assertThat(interview.isShowing()).isTrue();
    }

    @Test
    void theQuizsEndOpensItAnywhereInTheRunAndAStepClosesIt() {
        lesson.set(courier(new CourierScenario().id(), INTERVIEW));
        player.load(Traces.courier());
        player.jumpTo(1);
        interview.open();
        assertThat(interview.isShowing()).isTrue();
        player.stepForward();
        assertThat(interview.isShowing()).isFalse();
    }

    @Test
    void aLessonWithoutAnInterviewOrAnotherRunHasNone() {
        player.load(Traces.courier());
        player.jumpTo(last());
        assertThat(interview.isShowing()).as("a plain scenario").isFalse();

        lesson.set(courier(new CourierScenario().id(), null));
        assertThat(interview.isShowing()).as("a lesson without an interview").isFalse();
        interview.open();
        assertThat(interview.isShowing()).isFalse();
        assertThat(interview.question()).isEmpty();

        lesson.set(courier("some-other-scenario", INTERVIEW));
        assertThat(interview.isShowing()).as("another lesson's run").isFalse();
    }
}
