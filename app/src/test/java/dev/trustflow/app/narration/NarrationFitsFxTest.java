package dev.trustflow.app.narration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.TrustFlowApp;
import dev.trustflow.app.sequence.ViewMode;
import dev.trustflow.app.testsupport.AppFxTest;
import dev.trustflow.app.testsupport.CourierScenario;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The narration under the stage keeps the height its text needs in every view, on a projector's 1280x800 with text
 * at 250%: the views above give way (it used to be squeezed to one clipped line under the sequence view).
 */
class NarrationFitsFxTest extends AppFxTest {

    @BeforeEach
    void start() throws Exception {
        launch(() -> new TrustFlowApp(() -> List.of(new CourierScenario())));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theCaptionIsWholeAndOnScreenInEveryViewInPresenterMode() throws Exception {
        clickOn("Courier with a MAC");
        await(() -> models().player().getTrace() != null);
        WaitForAsyncUtils.asyncFx(() -> {
            models().presenter().present(false);
            models().services().themes().setFontScale(2.5);
            Window window = app.window().root().getScene().getWindow();
            window.setWidth(1280);
            window.setHeight(800);
            models().player().jumpTo(1);
        }).get(30, TimeUnit.SECONDS);
        for (ViewMode mode : ViewMode.values()) {
            interact(() -> models().views().show(mode));
            WaitForAsyncUtils.waitForFxEvents();
            Label caption = lookup("#caption").queryAs(Label.class);
            Bounds shown = caption.localToScene(caption.getLayoutBounds());
            double sceneHeight = caption.getScene().getHeight();
            assertThat(caption.getHeight()).as("caption height in the %s view", mode)
                    .isGreaterThanOrEqualTo(caption.prefHeight(caption.getWidth()) - 0.5);
            assertThat(shown.getMaxY()).as("caption bottom in the %s view", mode).isLessThanOrEqualTo(sceneHeight);
            assertThat(caption.getText()).isNotBlank();
        }
    }
}
