package dev.trustflow.app.player;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.testsupport.Traces;
import dev.trustflow.sim.trace.Trace;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlayerTest {

    private final ManualTickSource ticks = new ManualTickSource();
    private final Player player = new Player(ticks);
    private final Trace trace = Traces.courier();

    @Test
    void emptyPlayerCanDoNothing() {
        assertThat(player.getCursor()).isEqualTo(-1);
        assertThat(player.getCurrentEvent()).isNull();
        assertThat(player.canPlayProperty().get()).isFalse();
        assertThat(player.canStepForwardProperty().get()).isFalse();
        assertThat(player.canStepBackProperty().get()).isFalse();
        player.play();
        player.stepForward();
        assertThat(player.isPlaying()).isFalse();
        assertThat(player.getCursor()).isEqualTo(-1);
    }

    @Test
    void loadStartsBeforeTheFirstEvent() {
        player.load(trace);
        assertThat(player.sizeProperty().get()).isEqualTo(trace.size());
        assertThat(player.getCursor()).isEqualTo(-1);
        assertThat(player.canPlayProperty().get()).isTrue();
        assertThat(player.canStepForwardProperty().get()).isTrue();
        assertThat(player.canStepBackProperty().get()).isFalse();
        assertThat(player.canRestartProperty().get()).isFalse();
    }

    @Test
    void stepsMoveTheCursorAndTheCurrentEvent() {
        player.load(trace);
        player.stepForward();
        assertThat(player.getCursor()).isZero();
        assertThat(player.getCurrentEvent()).isEqualTo(trace.event(0));
        player.stepForward();
        player.stepBack();
        assertThat(player.getCurrentEvent()).isEqualTo(trace.event(0));
        assertThat(player.canStepBackProperty().get()).isTrue();
        player.stepBack();
        player.stepBack();
        assertThat(player.getCursor()).isEqualTo(-1);
        assertThat(player.getCurrentEvent()).isNull();
    }

    @Test
    void endAndRestartGoToTheEdges() {
        player.load(trace);
        player.end();
        assertThat(player.getCursor()).isEqualTo(trace.size() - 1);
        assertThat(player.canStepForwardProperty().get()).isFalse();
        assertThat(player.canEndProperty().get()).isFalse();
        player.stepForward();
        assertThat(player.getCursor()).isEqualTo(trace.size() - 1);
        player.restart();
        assertThat(player.getCursor()).isEqualTo(-1);
    }

    @Test
    void jumpToClamps() {
        player.load(trace);
        player.jumpTo(2);
        assertThat(player.getCurrentEvent().seq()).isEqualTo(2);
        player.jumpTo(999);
        assertThat(player.getCursor()).isEqualTo(trace.size() - 1);
        player.jumpTo(-5);
        assertThat(player.getCursor()).isEqualTo(-1);
    }

    @Test
    void playingAdvancesOneEventPerIntervalAndStopsAtTheEnd() {
        player.load(trace);
        player.play();
        assertThat(player.isPlaying()).isTrue();
        assertThat(ticks.isRunning()).isTrue();
        ticks.tick(Player.STEP_AT_NORMAL_SPEED.minusMillis(1));
        assertThat(player.getCursor()).isEqualTo(-1);
        ticks.tick(Duration.ofMillis(1));
        assertThat(player.getCursor()).isZero();
        ticks.tick(Player.STEP_AT_NORMAL_SPEED.multipliedBy(100));
        assertThat(player.getCursor()).isEqualTo(trace.size() - 1);
        assertThat(player.isPlaying()).isFalse();
        assertThat(ticks.isRunning()).isFalse();
    }

    @Test
    void playAtTheEndStartsOver() {
        player.load(trace);
        player.end();
        player.play();
        assertThat(player.getCursor()).isEqualTo(-1);
        assertThat(player.isPlaying()).isTrue();
    }

    @Test
    void toggleAndPause() {
        player.load(trace);
        player.toggle();
        assertThat(player.isPlaying()).isTrue();
        player.toggle();
        assertThat(player.isPlaying()).isFalse();
        ticks.tick(Duration.ofMinutes(1));
        assertThat(player.getCursor()).isEqualTo(-1);
    }

    @Test
    void speedScalesTheInterval() {
        player.load(trace);
        player.setSpeed(4);
        player.play();
        ticks.tick(Player.STEP_AT_NORMAL_SPEED.dividedBy(4));
        assertThat(player.getCursor()).isZero();
        player.setSpeed(0.25);
        ticks.tick(Player.STEP_AT_NORMAL_SPEED.multipliedBy(3));
        assertThat(player.getCursor()).isZero();
        ticks.tick(Player.STEP_AT_NORMAL_SPEED);
        assertThat(player.getCursor()).isEqualTo(1);
    }

    @Test
    void fasterAndSlowerWalkTheSteps() {
        assertThat(player.getSpeed()).isEqualTo(1.0);
        player.faster();
        assertThat(player.getSpeed()).isEqualTo(1.5);
        player.faster();
        player.faster();
        player.faster();
        assertThat(player.getSpeed()).isEqualTo(4.0);
        assertThat(player.canFasterProperty().get()).isFalse();
        player.faster();
        assertThat(player.getSpeed()).isEqualTo(4.0);
        for (int i = 0; i < 10; i++) {
            player.slower();
        }
        assertThat(player.getSpeed()).isEqualTo(0.25);
        assertThat(player.canSlowerProperty().get()).isFalse();
        player.setSpeed(1.3);
        assertThat(player.getSpeed()).isEqualTo(1.5);
    }

    @Test
    void loadPausesAndRewinds() {
        player.load(trace);
        player.play();
        ticks.tick(Player.STEP_AT_NORMAL_SPEED.multipliedBy(2));
        player.load(Traces.courier(Map.of("tamper", true)));
        assertThat(player.isPlaying()).isFalse();
        assertThat(player.getCursor()).isEqualTo(-1);
    }

    @Test
    void replaceKeepsTheCursorAtTheMatchingStep() {
        player.load(trace);
        int check = indexOfKind(trace, "check.pass");
        player.jumpTo(check);
        Trace tampered = Traces.courier(Map.of("tamper", true));
        player.replace(tampered);
        assertThat(player.getTrace()).isSameAs(tampered);
        assertThat(player.getCurrentEvent().kind()).isEqualTo("check.fail");
        assertThat(player.getCurrentEvent().check()).contains("hmac.verify");
    }

    static int indexOfKind(Trace trace, String kind) {
        return trace.events().stream().filter(e -> e.kind().equals(kind)).findFirst().orElseThrow().seq();
    }
}
