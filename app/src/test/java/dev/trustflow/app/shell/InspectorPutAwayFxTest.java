package dev.trustflow.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.TrustFlowApp;
import dev.trustflow.app.stage.TopologyView;
import dev.trustflow.app.testsupport.AppFxTest;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At 1280x800 the inspector takes 380 px beside a 600 px stage, where a five-zone world is drawn at about half its
 * size; I (or View ▸ Inspector) puts it away, the stage takes the width and the world is drawn larger, and I
 * brings it back.
 */
class InspectorPutAwayFxTest extends AppFxTest {

    @TempDir
    Path home;

    @BeforeEach
    void start() throws Exception {
        launchIn(home, TrustFlowApp::new);
        openEntry("lesson:oauth-code-pkce", "oauth-code-pkce");
        WaitForAsyncUtils.asyncFx(() -> {
            Window window = app.window().root().getScene().getWindow();
            window.setWidth(1280);
            window.setHeight(800);
            app.window().showInCentre(null);
            models().player().jumpTo(10);
        }).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void pressingIPutsTheInspectorAwayAndTheStageTakesItsWidth() {
        Node slot = lookup("#inspector-slot").query();
        TopologyView stage = lookup("#topology").queryAs(TopologyView.class);
        double stageWidth = stage.getWidth();
        double actorWidth = onScreenWidth(stage.lookup(".actor"));
        assertThat(slot.isVisible()).as("the inspector at first").isTrue();

        type(KeyCode.I);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(slot.isVisible()).as("the inspector after I").isFalse();
        assertThat(models().window().inspectorPutAwayProperty().get()).isTrue();
        assertThat(stage.getWidth()).as("the stage's width").isGreaterThan(stageWidth + 300);
        assertThat(onScreenWidth(stage.lookup(".actor"))).as("an actor's width on screen")
                .isGreaterThan(actorWidth * 1.2);

        type(KeyCode.I);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(slot.isVisible()).as("the inspector after a second I").isTrue();
        assertThat(stage.getWidth()).as("the stage's width again").isCloseTo(stageWidth, Offset.offset(1.0));
    }

    /** The node's width in the scene: the stage's scale included. */
    private static double onScreenWidth(Node node) {
        return node.localToScene(node.getLayoutBounds()).getWidth();
    }
}
