package dev.trustflow.app.presenter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.TrustFlowApp;
import dev.trustflow.app.testsupport.AppFxTest;
import dev.trustflow.app.playlist.PlaylistItem;
import dev.trustflow.app.playlist.PlaylistModel;
import dev.trustflow.app.testsupport.CourierScenario;
import java.util.List;
import java.util.Map;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The whole app headless: presenter mode by key, clicker keys, black screen, text size, playlist stepping. */
class PresenterModeFxTest extends AppFxTest {

    @BeforeEach
    void start() throws Exception {
        launch(() -> new TrustFlowApp(() -> List.of(new CourierScenario())));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Parent root() {
        return app.window().root();
    }

    private boolean shown(String id) {
        return lookup(id).tryQuery().isPresent();
    }

    @Test
    void pEntersClickerKeysStepBBlacksOutEscLeaves() throws Exception {
        clickOn("Courier with a MAC");
        await(() -> models().player().getTrace() != null);
        int size = models().player().getTrace().size();
        assertThat(shown("#sidebar")).isTrue();
        assertThat(shown("#timeline")).isTrue();

        type(KeyCode.P);
        assertThat(models().presenter().isPresenting()).isTrue();
        assertThat(shown("#sidebar")).isFalse();
        assertThat(shown("#inspector-slot")).isFalse();
        assertThat(shown("#menu-bar")).isFalse();
        assertThat(shown("#timeline")).isFalse();
        assertThat(root().getStyleClass()).contains("projector", "presenter");
        ProgressBar progress = lookup("#presenter-progress").queryAs(ProgressBar.class);
        assertThat(progress.isVisible()).isTrue();
        assertThat(progress.getHeight()).isGreaterThan(0).isLessThan(20);
        assertThat(progress.getProgress()).isZero();
        assertThat(lookup("#presenter-seed").queryAs(Label.class).getText()).isEqualTo("seed 42");

        type(KeyCode.PAGE_DOWN);
        type(KeyCode.RIGHT);
        assertThat(models().player().getCursor()).isEqualTo(1);
        assertThat(progress.getProgress()).isEqualTo(2.0 / size);
        type(KeyCode.PAGE_UP);
        assertThat(models().player().getCursor()).isZero();
        type(KeyCode.LEFT);
        assertThat(models().player().getCursor()).isEqualTo(-1);
        type(KeyCode.SPACE);
        assertThat(models().player().isPlaying()).isTrue();
        type(KeyCode.SPACE);
        assertThat(models().player().isPlaying()).isFalse();

        assertThat(lookup("#blackout").query().isVisible()).isFalse();
        type(KeyCode.B);
        assertThat(lookup("#blackout").query().isVisible()).isTrue();
        type(KeyCode.B);
        assertThat(lookup("#blackout").query().isVisible()).isFalse();

        type(KeyCode.ESCAPE);
        assertThat(models().presenter().isPresenting()).isFalse();
        assertThat(shown("#sidebar")).isTrue();
        assertThat(shown("#menu-bar")).isTrue();
        assertThat(shown("#timeline")).isTrue();
        assertThat(shown("#inspector-slot")).isTrue();
        assertThat(shown("#presenter-progress")).isFalse();
        assertThat(root().getStyleClass()).doesNotContain("projector", "presenter");
    }

    @Test
    void aViewShownInTheCentreAndPutAwayWhilePresentingLeavesTheInspectorOff() throws Exception {
        clickOn("Courier with a MAC");
        await(() -> models().player().getTrace() != null);
        type(KeyCode.P);
        // a lesson's introduction or quiz takes the centre, and Begin puts the stage back
        interact(() -> app.window().showInCentre(new Label("a lesson's introduction")));
        interact(() -> app.window().showInCentre(null));
        assertThat(shown("#inspector-slot")).as("the inspector while presenting").isFalse();
        type(KeyCode.ESCAPE);
        assertThat(shown("#inspector-slot")).isTrue();
    }

    @Test
    void textSizeChangesTheRootClassAndTheType() throws Exception {
        Label caption = lookup("#caption").queryAs(Label.class);
        double before = caption.getFont().getSize();
        assertThat(root().getStyleClass()).contains("font-scale-100");
        push(KeyCode.CONTROL, KeyCode.EQUALS);
        push(KeyCode.CONTROL, KeyCode.EQUALS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(root().getStyleClass()).contains("font-scale-150").doesNotContain("font-scale-100");
        assertThat(caption.getFont().getSize()).isCloseTo(before * 1.5, org.assertj.core.data.Offset.offset(0.6));
        push(KeyCode.CONTROL, KeyCode.MINUS);
        assertThat(root().getStyleClass()).contains("font-scale-125");
        push(KeyCode.CONTROL, KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(root().getStyleClass()).contains("font-scale-100");
        assertThat(caption.getFont().getSize()).isEqualTo(before);
    }

    @Test
    void nAndShiftNStepThroughThePlaylistWithEachItemsSeed() throws Exception {
        PlaylistModel playlist = models().playlist();
        interact(() -> {
            playlist.items().add(PlaylistItem.entry(CourierScenario.ID, "Courier", Map.of("tamper", true), 3));
            playlist.items().add(PlaylistItem.entry(CourierScenario.ID, "Courier", Map.of(), 4));
        });
        type(KeyCode.P);
        type(KeyCode.N);
        await(() -> models().player().getTrace() != null && models().player().getTrace().seed() == 3);
        assertThat(models().player().getTrace().options()).containsEntry("tamper", true);
        assertThat(lookup("#presenter-seed").queryAs(Label.class).getText()).isEqualTo("seed 3");
        type(KeyCode.N);
        await(() -> models().player().getTrace().seed() == 4);
        assertThat(models().player().getTrace().options()).containsEntry("tamper", false);
        press(KeyCode.SHIFT).type(KeyCode.N).release(KeyCode.SHIFT);
        await(() -> models().player().getTrace().seed() == 3);
        assertThat(playlist.getCurrent()).isZero();
        assertThat(models().presenter().isPresenting()).isTrue();
    }
}
