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
        assertThat(stage.travelTime()).isEqualTo(Duration.ofMillis(880));
        player.setSpeed(4);
        assertThat(stage.travelTime()).isEqualTo(Duration.ofMillis(220));
    }

    @Test
    void aPacketArrivesAndSettlesWellWithinItsStepAtEverySpeed() {
        for (double speed : new double[] {0.25, 0.5, 1, 2, 4}) {
            player.setSpeed(speed);
            Duration moving = stage.travelTime().plus(stage.settleTime());
            assertThat(moving).as("at %sx", speed).isLessThan(player.stepInterval().multipliedBy(3).dividedBy(4));
        }
    }
}
