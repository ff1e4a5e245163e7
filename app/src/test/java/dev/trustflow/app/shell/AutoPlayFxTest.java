package dev.trustflow.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.TrustFlowApp;
import dev.trustflow.app.testsupport.CourierScenario;
import dev.trustflow.app.testsupport.StartedApp;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** {@code -Dtrustflow.autoplay}: the app opens the entry, enters presenter mode and plays it again at the end. */
class AutoPlayFxTest extends FxRobot {

    private TrustFlowApp app;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws Exception {
        System.clearProperty(AutoPlay.PROPERTY);
        System.clearProperty("trustflow.presenter");
        System.clearProperty("trustflow.speed");
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
    }

    private static void await(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    @Test
    void playsTheEntryInPresenterModeAndStartsOverAtTheEnd() throws Exception {
        System.setProperty(AutoPlay.PROPERTY, CourierScenario.ID);
        System.setProperty("trustflow.presenter", "true");
        System.setProperty("trustflow.speed", "4");
        app = StartedApp.launch(() -> new TrustFlowApp(() -> List.of(new CourierScenario())));
        AppModels models = app.window().models();

        await(() -> models.player().isPlaying());
        assertThat(models.presenter().isPresenting()).isTrue();
        assertThat(models.player().getSpeed()).isEqualTo(4.0);
        int last = models.player().getTrace().size() - 1;
        await(() -> models.player().getCursor() == last);
        await(() -> models.player().isPlaying() && models.player().getCursor() < last);
    }
}
