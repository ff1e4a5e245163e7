package dev.trustflow.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.TrustFlowApp;
import dev.trustflow.app.stage.TopologyView;
import dev.trustflow.app.testsupport.AppFxTest;
import dev.trustflow.sim.trace.TraceEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Stepping through a lesson at a projector's 1280x800, in the window and in presenter mode, the stage keeps one
 * height while the narration under it grows and shrinks with each step's caption and cue. (The stage used to take
 * the height the narration left, so a step whose narration was a line longer resized it and the whole window was
 * repainted: 25 different stage heights over this lesson's steps in the window, 8 in presenter mode.)
 */
class StageKeepsItsHeightFxTest extends AppFxTest {

    private static final String LESSON = "lesson:oauth-code-pkce";

    @TempDir
    Path home;

    @BeforeEach
    void start() throws Exception {
        launchIn(home, TrustFlowApp::new);
        openEntry(LESSON, "oauth-code-pkce");
    }

    @Test
    void inTheWindowTheStageHeightHoldsOverEveryStep() throws Exception {
        stepThrough(false);
    }

    @Test
    void inPresenterModeTheStageHeightHoldsOverEveryStep() throws Exception {
        stepThrough(true);
    }

    private void stepThrough(boolean presenting) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Window window = app.window().root().getScene().getWindow();
            window.setWidth(1280);
            window.setHeight(800);
            if (presenting) {
                models().presenter().present(false);
            }
            // past the lesson's introduction, to the stage and its narration
            app.window().showInCentre(null);
        }).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        TopologyView stage = lookup("#topology").queryAs(TopologyView.class);
        Node narration = lookup(".narration-bar").query();
        Set<Double> stageHeights = new TreeSet<>();
        Set<Double> narrationHeights = new TreeSet<>();
        List<Integer> steps = models().player().getTrace().events().stream().map(TraceEvent::seq).toList();
        for (int seq : steps) {
            interact(() -> models().player().jumpTo(seq));
            WaitForAsyncUtils.waitForFxEvents();
            stageHeights.add(Math.rint(stage.getHeight()));
            narrationHeights.add(Math.rint(narration.getLayoutBounds().getHeight()));
        }
        assertThat(stage.getHeight()).as("the stage is on screen").isGreaterThan(100);
        assertThat(narrationHeights).as("the narration's text heights").hasSizeGreaterThan(1);
        assertThat(stageHeights).as("the stage's heights over %d steps (narration heights %s)", steps.size(),
                narrationHeights).hasSize(1);
    }
}
