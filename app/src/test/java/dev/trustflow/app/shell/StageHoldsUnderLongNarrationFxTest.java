package dev.trustflow.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.TrustFlowApp;
import dev.trustflow.app.stage.TopologyView;
import dev.trustflow.app.testsupport.AppFxTest;
import dev.trustflow.sim.trace.TraceEvent;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A lesson step with a long caption (a check's whole PKIX reason and a SPIFFE ID), a lesson cue and the quiz prompt
 * under them, in the normal window at a projector's 1280x800 with larger text: the stage keeps the height its
 * drawing needs and its top stays under the menu bar. (The centre views centred the stage, taller than what the
 * narration left, so it was pushed up behind the menu, its zone labels and top row of actors cut off; now it
 * gives way at its bottom.)
 */
class StageHoldsUnderLongNarrationFxTest extends AppFxTest {

    private static final String LESSON = "lesson:mtls-workload-identity";

    @TempDir
    Path home;

    @BeforeEach
    void start() throws Exception {
        launchIn(home, TrustFlowApp::new);
    }

    @Test
    void theStageKeepsItsHeightAndStaysOnScreen() throws Exception {
        showTheLongCaptionAt(1.5);
        TopologyView stage = lookup("#topology").queryAs(TopologyView.class);
        assertThat(stage.getHeight()).as("the stage's height")
                .isGreaterThanOrEqualTo(stage.neededHeightProperty().get() - 0.5);
        assertStageUnderTheMenu(stage);
    }

    private void showTheLongCaptionAt(double fontScale) throws Exception {
        openEntry(LESSON, "mtls-workload-identity");
        int seq = models().player().getTrace().events().stream()
                .filter(e -> e.kind().equals("check.pass") && "mtls.peer-trusted".equals(e.data().get("check")))
                .mapToInt(TraceEvent::seq).findFirst().orElseThrow();
        WaitForAsyncUtils.asyncFx(() -> {
            Window window = app.window().root().getScene().getWindow();
            window.setWidth(1280);
            window.setHeight(800);
            models().services().themes().setFontScale(fontScale);
            models().player().jumpTo(seq);
        }).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void assertStageUnderTheMenu(TopologyView stage) {
        Node menu = lookup(n -> n instanceof MenuBar).query();
        Bounds stageBounds = stage.localToScene(stage.getLayoutBounds());
        Bounds menuBounds = menu.localToScene(menu.getLayoutBounds());
        assertThat(stageBounds.getMinY()).as("the stage's top").isGreaterThanOrEqualTo(menuBounds.getMaxY() - 0.5);
    }
}
