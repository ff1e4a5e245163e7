package dev.trustflow.app.stage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.player.ManualTickSource;
import dev.trustflow.app.player.Player;
import dev.trustflow.app.testsupport.Traces;
import dev.trustflow.sim.trace.Trace;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StageModelTest {

    private final Player player = new Player(new ManualTickSource());
    private final StageModel stage = new StageModel(player);
    private final Trace trace = Traces.courier();

    @Test
    void showsTheTopologyOfTheLoadedTrace() {
        player.load(trace);
        assertThat(stage.topologyProperty().get()).isEqualTo(trace.topology());
        assertThat(stage.getFrame().effects()).isEmpty();
    }

    @Test
    void oneStepForwardAnimatesAJumpDoesNot() {
        player.load(trace);
        player.stepForward();
        StageFrame first = stage.getFrame();
        assertThat(first.animate()).isTrue();
        assertThat(first.active()).containsExactlyInAnyOrder("alice", "gateway");
        assertThat(first.effects()).singleElement().isInstanceOf(StageEffect.Packet.class);
        player.jumpTo(3);
        assertThat(stage.getFrame().animate()).isFalse();
        player.stepBack();
        assertThat(stage.getFrame().animate()).isFalse();
    }

    @Test
    void travelTimeShrinksWithSpeedButNeverExceedsTheCap() {
        player.setSpeed(0.25);
        assertThat(stage.travelTime()).isEqualTo(StageModel.MAX_TRAVEL);
        player.setSpeed(1);
        assertThat(stage.travelTime()).isEqualTo(Duration.ofMillis(640));
        player.setSpeed(4);
        assertThat(stage.travelTime()).isEqualTo(Duration.ofMillis(160));
    }
}
