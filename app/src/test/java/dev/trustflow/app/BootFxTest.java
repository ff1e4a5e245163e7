package dev.trustflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustflow.app.testsupport.AppFxTest;
import dev.trustflow.app.testsupport.CourierScenario;
import dev.trustflow.sim.scenario.Scenario;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The boot screen is the first frame; the main window replaces it once the data is read, or it says why not. */
class BootFxTest extends AppFxTest {

    @AfterEach
    void stop() throws Exception {
        System.clearProperty("trustflow.autoplay");
        System.clearProperty("trustflow.speed");
    }

    @Test
    void theBootScreenShowsUntilTheScenariosAreReadThenTheMainWindowReplacesIt() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Supplier<List<Scenario>> slowCatalog = () -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of(new CourierScenario());
        };
        app = (TrustFlowApp) FxToolkit.setupApplication(() -> new TrustFlowApp(slowCatalog));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookup("#boot-status").queryAs(Text.class).getText()).isEqualTo("Loading scenarios and lessons…");
        assertThat(lookup("#trustflow-root").tryQuery()).isEmpty();
        assertThat(app.ready().toCompletableFuture()).isNotDone();

        release.countDown();
        app.ready().toCompletableFuture().get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#trustflow-root").tryQuery()).isPresent();
        assertThat(lookup("#boot").tryQuery()).isEmpty();
        assertThat(app.window().models().session().entries()).hasSize(1);
    }

    @Test
    void aStartThatFailsSaysWhyOnTheBootScreenAndKeepsTheWindowOpen() throws Exception {
        app = (TrustFlowApp) FxToolkit.setupApplication(() -> new TrustFlowApp(() -> {
            throw new IllegalStateException("scenario catalog unreadable");
        }));

        assertThatThrownBy(() -> app.ready().toCompletableFuture().get(30, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasMessageContaining("scenario catalog unreadable");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#boot-status").queryAs(Text.class).getText())
                .isEqualTo("TrustFlow could not start: scenario catalog unreadable");
        assertThat(lookup("#boot").query().getScene().getWindow().isShowing()).isTrue();
    }

    @Test
    void aBadStartupPropertyIsNamedOnTheBootScreen() throws Exception {
        System.setProperty("trustflow.autoplay", CourierScenario.ID);
        System.setProperty("trustflow.speed", "fast");
        app = (TrustFlowApp) FxToolkit.setupApplication(() -> new TrustFlowApp(() -> List.of(new CourierScenario())));

        assertThatThrownBy(() -> app.ready().toCompletableFuture().get(30, TimeUnit.SECONDS))
                .hasMessageContaining("trustflow.speed: 'fast' is not a number such as 2");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#boot-status").queryAs(Text.class).getText())
                .isEqualTo("TrustFlow could not start: trustflow.speed: 'fast' is not a number such as 2");
    }
}
