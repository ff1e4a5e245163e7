package dev.trustflow.app.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.notice.Notifications;
import dev.trustflow.app.player.ManualTickSource;
import dev.trustflow.app.player.Player;
import dev.trustflow.app.task.RunService;
import dev.trustflow.app.task.SameThreadTaskRunner;
import dev.trustflow.sim.scenario.Options;
import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.scenario.ScenarioRunner;
import dev.trustflow.sim.scenarios.BundledScenarios;
import dev.trustflow.sim.trace.TraceEvent;
import org.junit.jupiter.api.Test;

/** The comparison on real scenarios: both runs, one transport moving both sides, the first difference. */
class CompareViewModelTest {

    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final ManualTickSource ticks = new ManualTickSource();
    private final Notifications notices = new Notifications();

    private CompareViewModel compare(String scenarioId, String key) {
        Scenario scenario = BundledScenarios.catalog().require(scenarioId);
        CompareViewModel model = new CompareViewModel(scenario, scenario.title(), Options.defaults(scenario.options()),
                42, new RunService(new ScenarioRunner(), tasks), ticks, notices);
        model.chooseOption(key);
        assertThat(tasks.unhandled()).isEmpty();
        return model;
    }

    private static TraceEvent shown(CompareSide side) {
        return side.player().getCurrentEvent();
    }

    @Test
    void comparesTheCurrentSwitchWithItsOpposite() {
        CompareViewModel model = compare("oauth-code-pkce", "pkce");

        assertThat(model.left().getHeading()).isEqualTo("PKCE: on");
        assertThat(model.right().getHeading()).isEqualTo("PKCE: off");
        assertThat(model.left().player().getTrace().options()).containsEntry("pkce", true);
        assertThat(model.right().player().getTrace().options()).containsEntry("pkce", false);
        assertThat(model.values()).containsExactly(true, false);
        assertThat(model.transport().sizeProperty().get()).isEqualTo(model.getDivergence().steps().size());
        assertThat(model.firstStepProperty().get()).isEqualTo(9);
        assertThat(model.summaryProperty().get()).startsWith("First difference at step 10 · ");
        assertThat(model.getBadge()).isEqualTo("The runs part ways at step 10: left: check.pass pkce.challenge"
                + " / right: check.pass oauth.scope");
    }

    @Test
    void oneTransportStepsBothSidesTogetherAndTheBadgeComesAtTheFirstDifference() {
        CompareViewModel model = compare("oauth-code-pkce", "pkce");
        CompareTransport transport = model.transport();
        int first = model.firstStepProperty().get();

        for (int k = 0; k < first; k++) {
            transport.stepForward();
            assertThat(model.left().player().getCursor()).isEqualTo(k);
            assertThat(model.right().player().getCursor()).isEqualTo(k);
            assertThat(shown(model.left()).kind()).isEqualTo(shown(model.right()).kind());
            assertThat(model.isReached()).isFalse();
        }
        String rightBefore = model.right().getCaption();

        transport.stepForward();
        assertThat(model.isReached()).isTrue();
        assertThat(model.atFirstProperty().get()).isTrue();
        assertThat(shown(model.left()).check()).contains("pkce.challenge");
        assertThat(model.left().getCaption()).isEqualTo(shown(model.left()).caption());
        assertThat(model.right().isWaiting()).isTrue();
        assertThat(model.right().getCaption()).isEqualTo(rightBefore);
        assertThat(model.left().isDiffers()).isTrue();
        assertThat(model.positionProperty().get()).isEqualTo("Step 10 of " + transport.sizeProperty().get());

        transport.stepForward();
        assertThat(model.atFirstProperty().get()).isFalse();
        assertThat(model.isReached()).isTrue();
        assertThat(model.right().isWaiting()).isFalse();
        assertThat(shown(model.left()).check()).contains("oauth.scope");
        assertThat(shown(model.right()).check()).contains("oauth.scope");

        transport.stepBack();
        transport.stepBack();
        assertThat(model.isReached()).isFalse();
        transport.end();
        assertThat(model.left().player().getCursor()).isEqualTo(model.left().player().getTrace().size() - 1);
        assertThat(model.right().player().getCursor()).isEqualTo(model.right().player().getTrace().size() - 1);
        transport.restart();
        assertThat(model.left().player().getCursor()).isEqualTo(-1);
        assertThat(model.right().getCaption()).startsWith(model.right().player().getTrace().title());
    }

    @Test
    void playingAdvancesBothSidesAtTheChosenSpeed() {
        CompareViewModel model = compare("oauth-code-pkce", "pkce");

        model.transport().play();
        ticks.tick(Player.STEP_AT_NORMAL_SPEED.multipliedBy(3));
        assertThat(model.transport().getCursor()).isEqualTo(2);
        assertThat(model.left().player().getCursor()).isEqualTo(2);
        assertThat(model.right().player().getCursor()).isEqualTo(2);
        model.transport().faster();
        assertThat(model.left().player().getSpeed()).isEqualTo(1.5);
        assertThat(model.right().player().getSpeed()).isEqualTo(1.5);
        model.dispose();
        assertThat(model.transport().isPlaying()).isFalse();
        assertThat(ticks.isRunning()).isFalse();
    }

    @Test
    void aChoiceComparesWithTheFirstOtherChoiceAndANewValueReRunsAtTheSameStep() {
        CompareViewModel model = compare("jwt-anatomy", "attack");
        assertThat(model.left().getHeading()).isEqualTo("Attack: none");
        assertThat(model.right().getHeading()).isEqualTo("Attack: tamper-payload");
        assertThat(model.firstStepProperty().get()).isEqualTo(4);
        model.transport().jumpTo(8);

        model.setRightValue("expired");

        assertThat(tasks.jobsRun()).isEqualTo(2);
        assertThat(model.right().player().getTrace().options()).containsEntry("attack", "expired");
        assertThat(model.right().getHeading()).isEqualTo("Attack: expired");
        assertThat(model.transport().getCursor()).isEqualTo(8);
        assertThat(model.isReached()).isTrue();

        model.chooseOption("verifier");
        assertThat(model.left().getHeading()).isEqualTo("Verifier: strict");
        assertThat(model.right().getHeading()).isEqualTo("Verifier: naive");
        assertThat(model.right().player().getTrace().options()).containsEntry("attack", "none");
    }

    @Test
    void twoEqualSettingsSayTheyNeverPartWays() {
        CompareViewModel model = compare("jwt-anatomy", "verifier");

        model.setRightValue("strict");
        model.transport().end();

        assertThat(model.getDivergence().identical()).isTrue();
        assertThat(model.summaryProperty().get()).isEqualTo("Both settings lead to the same steps.");
        assertThat(model.getBadge()).isEmpty();
        assertThat(model.isReached()).isFalse();
    }
}
