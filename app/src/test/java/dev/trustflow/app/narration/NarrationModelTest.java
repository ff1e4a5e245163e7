package dev.trustflow.app.narration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.player.ManualTickSource;
import dev.trustflow.app.player.Player;
import dev.trustflow.app.testsupport.Traces;
import dev.trustflow.sim.trace.Trace;
import org.junit.jupiter.api.Test;

class NarrationModelTest {

    private final Player player = new Player(new ManualTickSource());
    private final NarrationModel narration = new NarrationModel(player);

    @Test
    void hintsUntilThereIsAnEvent() {
        assertThat(narration.getCaption()).isEqualTo(NarrationModel.NOTHING_LOADED);
        Trace trace = Traces.courier();
        player.load(trace);
        assertThat(narration.getCaption()).startsWith(trace.title()).endsWith(NarrationModel.READY);
    }

    @Test
    void followsTheCurrentEvent() {
        Trace trace = Traces.courier();
        player.load(trace);
        player.stepForward();
        assertThat(narration.getCaption()).isEqualTo(trace.event(0).caption());
        assertThat(narration.kindProperty().get()).isEqualTo("http.request");
        player.end();
        assertThat(narration.getCaption()).isEqualTo(trace.event(trace.size() - 1).caption());
    }

    @Test
    void lessonTextIsSettableAndNeverNull() {
        narration.setLessonText("A MAC needs the key.");
        assertThat(narration.lessonTextProperty().get()).isEqualTo("A MAC needs the key.");
        narration.setLessonText(null);
        assertThat(narration.getLessonText()).isEmpty();
    }

    @Test
    void aTitleThatIsAQuestionGetsNoExtraFullStop() {
        assertThat(NarrationModel.sentence("Who can forge the message?")).isEqualTo("Who can forge the message?");
        assertThat(NarrationModel.sentence("Replay")).isEqualTo("Replay.");
    }
}
