package dev.trustflow.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.TrustFlowApp;
import dev.trustflow.app.testsupport.AppFxTest;
import dev.trustflow.app.testsupport.CourierScenario;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code -Dtrustflow.autoplay}: the app opens the entry, enters presenter mode and plays it again at the end. */
class AutoPlayFxTest extends AppFxTest {

    @AfterEach
    void stop() throws Exception {
        System.clearProperty(AutoPlay.PROPERTY);
        System.clearProperty("trustflow.presenter");
        System.clearProperty("trustflow.speed");
    }

    @Test
    void playsTheEntryInPresenterModeAndStartsOverAtTheEnd() throws Exception {
        System.setProperty(AutoPlay.PROPERTY, CourierScenario.ID);
        System.setProperty("trustflow.presenter", "true");
        System.setProperty("trustflow.speed", "4");
        launch(() -> new TrustFlowApp(() -> List.of(new CourierScenario())));
        MainWindowModels models = app.window().models();

        await(() -> models.player().isPlaying());
        assertThat(models.presenter().isPresenting()).isTrue();
        assertThat(models.player().getSpeed()).isEqualTo(4.0);
        int last = models.player().getTrace().size() - 1;
        await(() -> models.player().getCursor() == last);
        await(() -> models.player().isPlaying() && models.player().getCursor() < last);
    }
}
