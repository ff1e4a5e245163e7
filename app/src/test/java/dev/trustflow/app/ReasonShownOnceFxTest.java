package dev.trustflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.sequence.ViewMode;
import dev.trustflow.app.testsupport.AppFxTest;
import dev.trustflow.app.testsupport.CourierScenario;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.trace.Trace;
import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A failing check's reason is on screen once in full (the caption under the stage), in every view; the stage's
 * callout, the inspector and the sequence view name the check by its id.
 */
class ReasonShownOnceFxTest extends AppFxTest {

    private static final String REASON = "HmacSHA256 tag does not match the body";

    @BeforeEach
    void start() throws Exception {
        launch(() -> new TrustFlowApp(() -> List.of(new CourierScenario())));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theFailingReasonIsShownOnceInEveryView() throws Exception {
        clickOn("Courier with a MAC");
        await(() -> models().player().getTrace() != null);
        Trace plain = models().player().getTrace();
        clickOn("#option-tamper");
        await(() -> models().player().getTrace() != plain);
        Trace tampered = models().player().getTrace();
        int failing = IntStream.range(0, tampered.size())
                .filter(i -> EventKinds.CHECK_FAIL.equals(tampered.event(i).kind())).findFirst().orElseThrow();
        interact(() -> models().player().jumpTo(failing));

        for (ViewMode mode : ViewMode.values()) {
            interact(() -> models().views().show(mode));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(shownTexts().stream().filter(t -> t.contains(REASON)).count())
                    .as("visible texts holding the reason in the %s view: %s", mode, shownTexts()).isEqualTo(1);
            assertThat(shownTexts()).as("the check by its id in the %s view", mode)
                    .filteredOn(t -> t.contains("hmac.verify")).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    private List<String> shownTexts() {
        Parent root = app.window().root();
        return root.lookupAll("*").stream().filter(ReasonShownOnceFxTest::shown).map(ReasonShownOnceFxTest::text)
                .filter(t -> t != null && !t.isBlank()).toList();
    }

    private static boolean shown(Node node) {
        // a Label draws its text with a Text child of its own: count the Label once
        boolean labelsOwnText = node instanceof Text && node.getParent() instanceof Labeled;
        return (node instanceof Labeled || node instanceof Text) && !labelsOwnText
                && NodeQueryUtils.isVisible().test(node) && node.getOpacity() > 0;
    }

    private static String text(Node node) {
        return node instanceof Labeled labeled ? labeled.getText() : ((Text) node).getText();
    }
}
