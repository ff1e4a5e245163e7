package dev.trustflow.app.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.TrustFlowApp;
import dev.trustflow.app.testsupport.AppFxTest;
import dev.trustflow.sim.scenario.ScenarioCatalog;
import dev.trustflow.sim.scenarios.BundledScenarios;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the comparison from the Tools menu on the real PKCE scenario and steps it with the keyboard. */
class CompareViewFxTest extends AppFxTest {

    @BeforeEach
    void start() throws Exception {
        ScenarioCatalog catalog = BundledScenarios.catalog();
        launch(() -> new TrustFlowApp(
                () -> List.of(catalog.require("oauth-code-pkce"), catalog.require("jwt-anatomy"))));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The main window's own frame, under the comparison when that is open. */
    private Node mainFrame() {
        return app.window().root().getChildrenUnmodifiable().get(0);
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }

    private boolean showing(String query) {
        Node node = lookup(query).query();
        return node != null && node.isVisible();
    }

    @Test
    void pkceOnAndOffStepTogetherAndTheBadgeMarksWhereTheyPart() throws Exception {
        clickOn("OAuth code flow with PKCE");
        await(() -> models().player().getTrace() != null);

        clickOn("Tools");
        clickOn("Compare side by side…");
        await(() -> models().compare().isOpen() && models().compare().getCurrent().getDivergence() != null);
        CompareViewModel compare = models().compare().getCurrent();
        assertThat(lookup("#compare-view").query().isVisible()).isTrue();
        assertThat(mainFrame().isVisible()).isFalse();
        assertThat(text("#compare-left-heading")).isEqualTo("PKCE: on");
        assertThat(text("#compare-right-heading")).isEqualTo("PKCE: off");
        int first = compare.firstStepProperty().get();
        assertThat(first).isEqualTo(9);

        String leftBefore = text("#compare-left-caption");
        String rightBefore = text("#compare-right-caption");
        type(KeyCode.RIGHT);
        assertThat(text("#compare-left-caption")).isNotEqualTo(leftBefore)
                .isEqualTo(compare.left().player().getTrace().event(0).caption());
        assertThat(text("#compare-right-caption")).isNotEqualTo(rightBefore)
                .isEqualTo(compare.right().player().getTrace().event(0).caption());
        assertThat(models().player().getCursor()).isEqualTo(-1);

        for (int step = 1; step < first; step++) {
            type(KeyCode.RIGHT);
            assertThat(showing("#divergence-badge")).as("badge before step %d", first + 1).isFalse();
        }
        assertThat(text("#compare-position")).isEqualTo("Step " + first + " of " + compare.transport().sizeProperty().get());
        type(KeyCode.RIGHT);
        await(() -> showing("#divergence-badge"));
        assertThat(text("#divergence-badge")).startsWith("The runs part ways at step 10: left: check.pass pkce.challenge");
        assertThat(text("#compare-left-caption")).contains("code_challenge");
        assertThat(lookup(".compare-step-first").queryAll()).hasSize(1);

        type(KeyCode.LEFT);
        assertThat(showing("#divergence-badge")).isFalse();

        type(KeyCode.ESCAPE);
        await(() -> lookup("#compare-view").queryAll().isEmpty());
        assertThat(models().compare().isOpen()).isFalse();
        assertThat(mainFrame().isVisible()).isTrue();
        type(KeyCode.RIGHT);
        assertThat(models().player().getCursor()).isZero();
    }

    @Test
    void theCloseButtonAndANewValueWork() throws Exception {
        clickOn("Anatomy of a JWT: signed, not encrypted");
        await(() -> models().player().getTrace() != null);
        interact(() -> models().compare().open());
        await(() -> models().compare().isOpen() && models().compare().getCurrent().getDivergence() != null);
        CompareViewModel compare = models().compare().getCurrent();
        assertThat(text("#compare-right-heading")).isEqualTo("Attack: tamper-payload");

        interact(() -> lookup("#compare-right-value").queryComboBox().setValue("expired"));
        await(() -> "Attack: expired".equals(compare.right().getHeading()));
        assertThat(text("#compare-right-heading")).isEqualTo("Attack: expired");

        clickOn("#compare-close");
        await(() -> !models().compare().isOpen());
        assertThat(lookup("#compare-view").queryAll()).isEmpty();
    }
}
