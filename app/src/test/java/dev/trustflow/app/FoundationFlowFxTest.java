package dev.trustflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.scenarios.tokens.JwtAnatomyScenario;
import dev.trustflow.sim.trace.TraceEvent;
import dev.trustflow.app.testsupport.AppFxTest;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The foundation end to end with the real JWT scenario: select it, step with the keyboard, flip a what-if in
 * its combo box, and read the decoded (forged) claims and the failing check in the inspector.
 */
class FoundationFlowFxTest extends AppFxTest {

    @BeforeEach
    void start() throws Exception {
        launch(() -> new TrustFlowApp(() -> List.of(new JwtAnatomyScenario())));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void tamperedTokenIsDecodedAndItsFailingCheckNamedInTheInspector() throws Exception {
        clickOn(new JwtAnatomyScenario().title());
        await(() -> models().player().getTrace() != null);
        assertThat(models().player().getTrace().options()).containsEntry("attack", "none");

        ComboBox<?> attack = lookup("#option-attack").queryAs(ComboBox.class);
        clickOn(attack);
        clickOn("tamper-payload");
        await(() -> "tamper-payload".equals(models().player().getTrace().options().get("attack")));

        int forged = firstIndex(e -> e.kind().equals("http.request") && e.actor().equals("attacker"));
        interact(() -> models().player().restart());
        for (int i = 0; i <= forged; i++) {
            type(KeyCode.RIGHT);
        }
        assertThat(models().player().getCursor()).isEqualTo(forged);
        await(() -> inspectorText().stream().anyMatch(t -> t.contains("\"admin\"")));
        assertThat(inspectorText()).anyMatch(t -> t.contains("role"));

        int failed = firstIndex(e -> e.kind().equals("check.fail"));
        for (int i = forged; i < failed; i++) {
            type(KeyCode.PAGE_DOWN);
        }
        TraceEvent failure = models().player().getCurrentEvent();
        assertThat(failure.check()).contains("jwt.signature");
        await(() -> !lookup(".check-current").queryAll().isEmpty());
        Node current = lookup(".check-current").query();
        assertThat(texts(current)).anyMatch(t -> t.equals("jwt.signature"));
        // its reason is said once, in the caption under the stage, not again in the report
        assertThat(texts(current)).noneMatch(t -> t.contains("does not match"));
        assertThat(lookup("#caption").queryAs(Label.class).getText()).contains("does not match");
        assertThat(current.getStyleClass()).contains("check-fail");
        assertThat(lookup("#caption").queryAs(Label.class).getText()).contains("jwt.signature");
    }

    @Test
    void theToolsMenuOpensTheTokenWorkbenchInItsOwnWindow() throws Exception {
        clickOn("Tools");
        clickOn("Token workbench…");
        await(() -> listTargetWindows().stream().anyMatch(w -> w instanceof javafx.stage.Stage s
                && "Token workbench — TrustFlow".equals(s.getTitle()) && s.isShowing()));
        assertThat(lookup(".token-workbench").tryQuery()).isPresent();
    }

    private int firstIndex(java.util.function.Predicate<TraceEvent> test) {
        return models().player().getTrace().events().stream().filter(test).findFirst().orElseThrow().seq();
    }

    private List<String> inspectorText() {
        return texts(lookup(".inspector").query());
    }

    private static List<String> texts(Node root) {
        List<String> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node node, List<String> out) {
        if (node instanceof Label label && label.getText() != null) {
            out.add(label.getText());
        }
        if (node instanceof Text text && text.getText() != null) {
            out.add(text.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, out));
        }
    }

}
