package dev.trustflow.app.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.TrustFlowApp;
import dev.trustflow.app.testsupport.AppFxTest;
import dev.trustflow.sim.scenario.ScenarioRunner;
import dev.trustflow.sim.scenarios.BundledScenarios;
import dev.trustflow.sim.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole app headless with refresh-rotation, the longest run: its timeline in titled phases, ] and [ jumping
 * between them, and the timeline (or presenter mode's bar) inside a 1280x800 window.
 */
class TimelinePhasesFxTest extends AppFxTest {

    private Trace trace;

    @BeforeEach
    void start() throws Exception {
        launch(TrustFlowApp::new);
        trace = new ScenarioRunner().run(BundledScenarios.catalog().require("refresh-rotation"), Map.of(), 42);
        WaitForAsyncUtils.asyncFx(() -> {
            models().services().themes().setFontScale(1.0);
            Window window = app.window().root().getScene().getWindow();
            window.setX(0);
            window.setY(0);
            window.setWidth(1280);
            window.setHeight(800);
            models().player().load(trace);
        }).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theBracketKeysMoveTheCursorToThePhasesFirstSteps() throws Exception {
        List<PhaseGroup> phases = models().timeline().phases();
        interact(() -> models().player().jumpTo(phases.get(1).first() + 2));

        type(KeyCode.CLOSE_BRACKET);
        assertThat(models().player().getCursor()).isEqualTo(phases.get(2).first());
        assertThat(models().timeline().currentPhaseProperty().get()).isEqualTo(2);
        assertThat(lookup("#phase-2").query().getPseudoClassStates()).extracting(Object::toString)
                .contains("current");
        type(KeyCode.CLOSE_BRACKET);
        assertThat(models().player().getCursor()).isEqualTo(phases.get(3).first());
        type(KeyCode.OPEN_BRACKET);
        assertThat(models().player().getCursor()).isEqualTo(phases.get(2).first());
    }

    @Test
    void theTimelineFitsA1280x800WindowWithItsPhaseTitlesApart() {
        Node timeline = lookup("#timeline").query();
        assertInsideWindow(timeline);
        assertInsideWindow(lookup("#virtual-time").query());
        assertInsideWindow(lookup("#position").query());

        List<Bounds> titles = new ArrayList<>();
        StringBuilder seen = new StringBuilder();
        for (int i = 0; i < models().timeline().phases().size(); i++) {
            Parent group = lookup("#phase-" + i).queryAs(Parent.class);
            Label title = (Label) group.lookup(".phase-title");
            seen.append(String.format("%n%s: group %.0f px, title %s, font %.1f", title.getText(),
                    ((javafx.scene.layout.Region) group).getWidth(), title.isVisible(), title.getFont().getSize()));
            assertThat(title.getTooltip().getText()).contains(models().timeline().phases().get(i).title());
            if (title.isVisible()) {
                Bounds b = title.localToScene(title.getLayoutBounds());
                assertThat(titles).as("phase %d's title overlaps another", i).noneMatch(o -> o.intersects(b));
                assertThat(group.localToScene(group.getLayoutBounds()).contains(b.getMinX(), b.getMinY()))
                        .as("phase %d's title starts inside its group", i).isTrue();
                titles.add(b);
            }
        }
        assertThat(titles).as("most phases show their title:" + seen).hasSizeGreaterThan(
                models().timeline().phases().size() / 2);
    }

    @Test
    void presenterModeShowsThePhaseBesideTheProgressInside1280x800() throws Exception {
        interact(() -> {
            models().presenter().present(false);
            models().services().themes().setFontScale(2.5);
        });
        WaitForAsyncUtils.asyncFx(() -> {
            Window window = app.window().root().getScene().getWindow();
            window.setWidth(1280);
            window.setHeight(800);
        }).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        type(KeyCode.CLOSE_BRACKET);
        type(KeyCode.CLOSE_BRACKET);

        Label phase = lookup("#presenter-phase").queryAs(Label.class);
        assertThat(phase.getText()).startsWith(models().timeline().phases().get(1).title());
        assertInsideWindow(lookup("#presenter-bar").query());
        assertInsideWindow(lookup("#presenter-progress").query());
        assertThat(phase.getWidth()).isLessThanOrEqualTo(lookup("#presenter-bar").query()
                .getLayoutBounds().getWidth() / 3 + 1);
    }

    private void assertInsideWindow(Node node) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        double width = node.getScene().getWidth();
        double height = node.getScene().getHeight();
        assertThat(b.getMinX()).as(node.getId() + " left edge").isGreaterThanOrEqualTo(-0.5);
        assertThat(b.getMaxX()).as(node.getId() + " right edge within " + width).isLessThanOrEqualTo(width + 0.5);
        assertThat(b.getMaxY()).as(node.getId() + " bottom edge within " + height).isLessThanOrEqualTo(height + 0.5);
    }
}
