package dev.trustflow.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.inspector.InspectorViewModel;
import dev.trustflow.app.player.ManualTickSource;
import dev.trustflow.app.player.Player;
import dev.trustflow.sim.check.CheckExplanations;
import dev.trustflow.sim.scenario.ScenarioRunner;
import dev.trustflow.sim.scenarios.BundledScenarios;
import dev.trustflow.sim.trace.Trace;
import java.util.Map;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InspectorFollowerTest {

    private static Trace run;
    private final Player player = new Player(new ManualTickSource());
    private final InspectorViewModel inspector = new InspectorViewModel(CheckExplanations.bundled(), Runnable::run,
            Runnable::run, text -> { });
    private final SimpleBooleanProperty shown = new SimpleBooleanProperty(true);

    @BeforeAll
    static void runOnce() {
        run = new ScenarioRunner().run(BundledScenarios.catalog().require("oauth-code-pkce"), Map.of(), 7);
    }

    @Test
    void followsThePlayerWhileShown() {
        InspectorFollower.follow(player, inspector, shown);
        player.load(run);
        player.jumpTo(3);

        assertThat(inspector.summaryProperty().get().kind()).isEqualTo(run.event(3).kind());
    }

    @Test
    void offScreenItKeepsStillAndCatchesUpWhenShownAgain() {
        InspectorFollower.follow(player, inspector, shown);
        player.load(run);
        player.jumpTo(2);
        String atTwo = inspector.summaryProperty().get().caption();

        shown.set(false);
        player.jumpTo(5);
        assertThat(inspector.summaryProperty().get().caption()).isEqualTo(atTwo);

        shown.set(true);
        assertThat(inspector.summaryProperty().get().caption()).isNotEqualTo(atTwo);
        assertThat(inspector.summaryProperty().get().kind()).isEqualTo(run.event(5).kind());
    }
}
