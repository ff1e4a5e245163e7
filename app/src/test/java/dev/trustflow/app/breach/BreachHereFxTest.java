package dev.trustflow.app.breach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.TrustFlowApp;
import dev.trustflow.app.testsupport.AppFxTest;
import dev.trustflow.sim.scenario.ScenarioRunner;
import dev.trustflow.sim.scenarios.BundledScenarios;
import dev.trustflow.sim.trace.Trace;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.PickResult;
import javafx.scene.shape.Polyline;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole app headless with refresh-rotation: "Breach here" from an actor's context menu and B on the selected
 * actor turn the reached actors compromised and show the summary; Esc and the next step take it away.
 */
class BreachHereFxTest extends AppFxTest {

    private int beforeTheft;

    @BeforeEach
    void start() throws Exception {
        launch(TrustFlowApp::new);
        Trace trace = new ScenarioRunner().run(BundledScenarios.catalog().require("refresh-rotation"), Map.of(), 42);
        beforeTheft = trace.events().stream().filter(e -> e.kind().equals("attack.step")).findFirst().orElseThrow()
                .seq() - 1;
        WaitForAsyncUtils.asyncFx(() -> {
            Window window = app.window().root().getScene().getWindow();
            window.setX(0);
            window.setY(0);
            window.setWidth(1280);
            window.setHeight(800);
            models().player().load(trace);
            models().player().jumpTo(beforeTheft);
        }).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean compromised(String actor) {
        return lookup("#actor-" + actor).query().getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("compromised"));
    }

    private long breachedLinks() {
        return lookup(".link").queryAll().stream().filter(l -> l instanceof Polyline)
                .filter(l -> l.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("breached")))
                .count();
    }

    /**
     * What a right click asks for on a desktop: headless Monocle does not turn the robot's secondary click into a
     * context-menu request, so the test sends the request the platform would, at the node's centre.
     */
    private void requestContextMenu(Node node) {
        Bounds screen = node.localToScreen(node.getLayoutBounds());
        Bounds local = node.getLayoutBounds();
        interact(() -> Event.fireEvent(node, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                local.getCenterX(), local.getCenterY(), screen.getCenterX(), screen.getCenterY(), false,
                new PickResult(node, local.getCenterX(), local.getCenterY()))));
    }

    private Label summary() {
        return lookup("#breach-summary").queryAs(Label.class);
    }

    @Test
    void breachHereMarksTheReachedActorsAndEscClearsIt() throws Exception {
        assertThat(compromised("notes-api")).isFalse();
        assertThat(summary().isVisible()).isFalse();

        requestContextMenu(lookup("#actor-notes-app").query());
        clickOn("Breach here");
        await(() -> compromised("auth-server"));

        assertThat(summary().isVisible()).isTrue();
        assertThat(summary().getText()).startsWith("Breach at Notes app (phone), 09:02: reaches 2 of 4 actors:")
                .contains("Notes API (").contains("Authorization server (");
        assertThat(compromised("notes-app")).isTrue();
        assertThat(compromised("notes-api")).isTrue();
        assertThat(compromised("alice-browser")).isFalse();
        assertThat(breachedLinks()).isEqualTo(2);

        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(summary().isVisible()).isFalse();
        assertThat(compromised("notes-api")).isFalse();
        assertThat(compromised("auth-server")).isFalse();
        assertThat(breachedLinks()).isZero();
    }

    @Test
    void bBreachesTheSelectedActorAndTheNextStepClearsIt() throws Exception {
        Node notesApp = lookup("#actor-notes-app").query();
        clickOn(notesApp);
        assertThat(models().breach().getSelected()).isEqualTo("notes-app");
        assertThat(notesApp.getPseudoClassStates()).extracting(Object::toString).contains("selected");

        type(KeyCode.B);
        await(() -> compromised("auth-server"));
        assertThat(models().breach().getBreach().step()).isEqualTo(beforeTheft);

        type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(models().player().getCursor()).isEqualTo(beforeTheft + 1);
        assertThat(summary().isVisible()).isFalse();
        assertThat(compromised("auth-server")).isFalse();
    }
}
