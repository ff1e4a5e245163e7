package dev.trustflow.app.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.player.ManualTickSource;
import dev.trustflow.app.player.Player;
import dev.trustflow.app.testsupport.CourierScenario;
import dev.trustflow.app.testsupport.Traces;
import dev.trustflow.sim.lesson.Lesson;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class LessonIntroModelTest {

    private final Player player = new Player(new ManualTickSource());
    private final SimpleObjectProperty<Lesson> lesson = new SimpleObjectProperty<>();
    private final LessonIntroModel intro = new LessonIntroModel(lesson, player);

    private static Lesson courier(String scenario) {
        return new Lesson("courier", "Courier: who can forge it?", 3, "Tests", "beginner", 10,
                List.of("Tell a MAC from a hash."), scenario, Map.of(), List.of(), List.of(), List.of(),
                "# Courier: who can forge it?\n\nA **MAC** needs a key.\n\n- one\n- two\n", "courier.md");
    }

    @Test
    void showsBeforeTheFirstStepOfTheLessonsOwnRunAndStepsAwayFromIt() {
        assertThat(intro.isShowing()).isFalse();
        lesson.set(courier(new CourierScenario().id()));
        assertThat(intro.isShowing()).as("its run has not arrived").isFalse();

        player.load(Traces.courier());
        assertThat(intro.isShowing()).isTrue();
        assertThat(intro.title()).isEqualTo("Courier: who can forge it?");
        assertThat(intro.subtitle()).isEqualTo("Lesson 3 · beginner · 10 min");
        assertThat(intro.objectives()).containsExactly("Tell a MAC from a hash.");
        assertThat(intro.body()).contains("A **MAC** needs a key.");

        intro.begin();
        assertThat(player.getCursor()).isZero();
        assertThat(intro.isShowing()).isFalse();
        player.restart();
        player.jumpTo(-1);
        assertThat(player.getCursor() < 0).isEqualTo(intro.isShowing());
    }

    @Test
    void aPlainScenarioOrAnotherLessonsTraceHasNoIntroduction() {
        player.load(Traces.courier());
        assertThat(intro.isShowing()).isFalse();
        lesson.set(courier("some-other-scenario"));
        assertThat(intro.isShowing()).isFalse();
    }

    @Test
    void theBodysOwnTitleHeadingIsNotShownTwice() {
        assertThat(LessonIntroView.withoutLeadingTitle("# Courier: who can forge it?\n\nText", "Courier: who can forge it?"))
                .isEqualTo("\nText");
        assertThat(LessonIntroView.withoutLeadingTitle("# Hash, MAC or signature?\nText",
                "Hash, MAC or signature: who can forge the message?")).isEqualTo("Text");
        assertThat(LessonIntroView.withoutLeadingTitle("## Why\nText", "Courier")).isEqualTo("## Why\nText");
    }
}
