package dev.trustflow.app.sequence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.TrustFlowApp;
import dev.trustflow.app.testsupport.AppFxTest;
import dev.trustflow.sim.export.MermaidSequence;
import dev.trustflow.sim.scenarios.BundledScenarios;
import dev.trustflow.sim.trace.Trace;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The whole app, headless, on a real scenario: the sequence view follows the player and exports what it shows. */
class SequenceViewFxTest extends AppFxTest {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass FUTURE = PseudoClass.getPseudoClass("future");

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        launch(() -> new TrustFlowApp(
                () -> List.of(BundledScenarios.catalog().require("sessions-vs-tokens"))));
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> models().session().select(models().session().entries().get(0)));
        await(() -> models().player().getTrace() != null);
    }

    private SequenceView view() {
        return lookup("#sequence").queryAs(SequenceView.class);
    }

    private List<Integer> rowsWith(PseudoClass state) {
        return view().rowNodes().stream().filter(r -> r.getPseudoClassStates().contains(state))
                .map(r -> r.row().seq()).toList();
    }

    @Test
    void vSwitchesToTheSequenceAndTheHighlightedRowFollowsTheCursor() throws Exception {
        assertThat(lookup("#sequence").tryQuery()).isEmpty();
        type(KeyCode.V);
        assertThat(models().views().getMode()).isEqualTo(ViewMode.SEQUENCE);
        assertThat(lookup("#topology").tryQuery()).isEmpty();
        Trace trace = models().player().getTrace();
        assertThat(view().rowNodes()).hasSize(trace.size());
        assertThat(rowsWith(CURRENT)).isEmpty();
        assertThat(rowsWith(FUTURE)).hasSize(trace.size());

        type(KeyCode.RIGHT);
        type(KeyCode.RIGHT);
        assertThat(rowsWith(CURRENT)).containsExactly(1);
        assertThat(rowsWith(FUTURE)).hasSize(trace.size() - 2);
        type(KeyCode.LEFT);
        assertThat(rowsWith(CURRENT)).containsExactly(0);

        int late = trace.size() - 3;
        interact(() -> models().player().jumpTo(late));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rowsWith(CURRENT)).containsExactly(late);
        assertThat(isInsideTheViewport(view().rowNodes().get(late))).isTrue();
        assertThat(isInsideTheViewport(view().rowNodes().get(0))).isFalse();

        clickOn(view().rowNodes().get(late - 1));
        assertThat(models().player().getCursor()).isEqualTo(late - 1);
        assertThat(rowsWith(CURRENT)).containsExactly(late - 1);

        type(KeyCode.V);
        assertThat(models().views().getMode()).isEqualTo(ViewMode.BOTH);
        assertThat(lookup("#topology").tryQuery()).isPresent();
        assertThat(lookup("#sequence").tryQuery()).isPresent();
    }

    @Test
    void theViewMenuPicksTheView() throws Exception {
        clickOn("View");
        clickOn("Both");
        assertThat(models().views().getMode()).isEqualTo(ViewMode.BOTH);
        clickOn("View");
        clickOn("Topology");
        assertThat(models().views().getMode()).isEqualTo(ViewMode.TOPOLOGY);
    }

    @Test
    void exportsTheCentreAsADecodablePngOfItsSizeAndTheTraceAsMermaid() throws Exception {
        interact(() -> {
            models().views().show(ViewMode.BOTH);
            models().player().jumpTo(12);
        });
        Path png = dir.resolve("view.png");
        interact(() -> app.window().exports().exportPng(png));
        await(() -> Files.exists(png));

        BufferedImage image = ImageIO.read(png.toFile());
        Node centre = lookup("#centre-views").query();
        Bounds size = centre.getLayoutBounds();
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(size.getWidth()));
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(size.getHeight()));
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(png);
        }

        Path mmd = dir.resolve("trace.mmd");
        Trace trace = models().player().getTrace();
        interact(() -> app.window().exports().exportMermaid(trace, mmd));
        await(() -> Files.exists(mmd));
        assertThat(Files.readString(mmd)).isEqualTo(MermaidSequence.render(trace));
    }

    private boolean isInsideTheViewport(Node row) {
        Bounds viewport = view().scroller().localToScene(view().scroller().getLayoutBounds());
        Bounds bounds = row.localToScene(row.getLayoutBounds());
        return bounds.getMinY() >= viewport.getMinY() - 0.5 && bounds.getMaxY() <= viewport.getMaxY() + 0.5;
    }
}
