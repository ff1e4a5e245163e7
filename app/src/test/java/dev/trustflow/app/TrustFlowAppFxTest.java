package dev.trustflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.testsupport.AppFxTest;
import dev.trustflow.app.testsupport.CourierScenario;
import dev.trustflow.sim.trace.Trace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the whole app headless (Monocle) with a test scenario and drives it like a person would. */
class TrustFlowAppFxTest extends AppFxTest {

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        launch(() -> new TrustFlowApp(() -> List.of(new CourierScenario())));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String caption() {
        return lookup("#caption").queryAs(Label.class).getText();
    }

    @Test
    void selectStepWithTheKeyboardAndFlipAWhatIf() throws Exception {
        assertThat(caption()).contains("Pick a scenario");
        clickOn("Courier with a MAC");
        await(() -> models().player().getTrace() != null);
        Trace plain = models().player().getTrace();
        assertThat(caption()).startsWith(plain.title());

        type(KeyCode.RIGHT);
        assertThat(caption()).isEqualTo(plain.event(0).caption());
        type(KeyCode.PAGE_DOWN);
        assertThat(caption()).isEqualTo("✓ hmac.verify: HmacSHA256 tag matches the body");
        assertThat(lookup("#position").queryAs(Label.class).getText()).isEqualTo("Step 2 of " + plain.size());
        type(KeyCode.LEFT);
        type(KeyCode.RIGHT);
        await(() -> !lookup(".gate-pass").queryAll().isEmpty());

        clickOn("#option-tamper");
        await(() -> models().player().getTrace() != plain);
        assertThat(models().player().getTrace().options()).containsEntry("tamper", true);
        assertThat(caption()).isEqualTo("✗ hmac.verify: HmacSHA256 tag does not match the body");
        await(() -> !lookup(".gate-fail").queryAll().isEmpty());

        type(KeyCode.SPACE);
        assertThat(models().player().isPlaying()).isTrue();
        type(KeyCode.SPACE);
        assertThat(models().player().isPlaying()).isFalse();
        type(KeyCode.END);
        assertThat(caption()).isEqualTo("The gateway answers 401: the MAC is wrong");
        type(KeyCode.HOME);
        assertThat(models().player().getCursor()).isEqualTo(-1);
        type(KeyCode.PLUS);
        assertThat(models().player().getSpeed()).isEqualTo(1.5);
    }

    @Test
    void everyKindOfWhatIfControlReRunsTheScenario() throws Exception {
        clickOn("Courier with a MAC");
        await(() -> models().player().getTrace() != null);
        Trace before = models().player().getTrace();
        interact(() -> lookup("#option-algorithm").<String>queryComboBox().setValue("HmacSHA512"));
        await(() -> models().player().getTrace() != before);
        assertThat(models().player().getTrace().options()).containsEntry("algorithm", "HmacSHA512");

        Trace second = models().player().getTrace();
        interact(() -> lookup("#option-requests").queryAs(Spinner.class).increment());
        await(() -> models().player().getTrace() != second);
        assertThat(models().player().getTrace().options()).containsEntry("requests", 2L);

        Trace third = models().player().getTrace();
        ComboBox<Duration> wait = lookup("#option-wait").queryComboBox();
        assertThat(wait.getItems()).contains(Duration.ofMinutes(20), Duration.ofHours(1));
        interact(() -> wait.setValue(Duration.ofHours(1)));
        await(() -> models().player().getTrace() != third);
        assertThat(models().player().getTrace().options()).containsEntry("wait", "PT1H");
        interact(() -> models().player().end());
        assertThat(lookup("#virtual-time").queryAs(Label.class).getText()).endsWith("(+1 h)");
    }

    @Test
    void aBadTraceFileIsANoticeAndTheAppKeepsRunning() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{ \"format\": \"trustflow-trace/0\" }");
        interact(() -> models().files().open(bad));
        await(() -> !lookup("#notice").queryAll().isEmpty());
        assertThat(models().services().notices().getCurrent().text()).startsWith("bad.json");
        clickOn("Courier with a MAC");
        await(() -> models().player().getTrace() != null);
        type(KeyCode.RIGHT);
        assertThat(caption()).isEqualTo(models().player().getTrace().event(0).caption());
    }

    @Test
    void theInspectorSlotShowsWhatIsPutInIt() {
        assertThat(lookup("#inspector-slot").query().isVisible()).isTrue();
        assertThat(app.window().getInspector()).isInstanceOf(dev.trustflow.app.inspector.InspectorView.class);
        interact(() -> app.window().setInspector(new Label("inspector here")));
        assertThat(lookup("#inspector-slot").query().isVisible()).isTrue();
        assertThat(lookup("inspector here").tryQuery()).isPresent();
        interact(() -> app.window().setInspector(null));
        assertThat(lookup("#inspector-slot").query().isVisible()).isFalse();
    }

    @Test
    void lessonNarrationShowsOnItsOwnLine() {
        assertThat(lookup("#lesson-narration").query().isVisible()).isFalse();
        interact(() -> models().narration().setLessonText("A MAC needs the shared key."));
        assertThat(lookup("#lesson-narration").queryAs(Label.class).getText()).isEqualTo("A MAC needs the shared key.");
        assertThat(lookup("#lesson-narration").query().isVisible()).isTrue();
    }
}
