package dev.trustflow.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.trustflow.sim.check.CheckExplanations;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.ArtifactTable;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A table artifact of a real run (encryption-layers' matrix) is shown as rows and columns, not as raw text. */
@ExtendWith(ApplicationExtension.class)
class InspectorTableFxTest {

    private static final Trace TRACE = TlsRuns.defaults("encryption-layers");

    private final List<String> copied = new ArrayList<>();
    private InspectorViewModel vm;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        vm = new InspectorViewModel(CheckExplanations.bundled(), Runnable::run, Runnable::run, copied::add);
        stage.setScene(new Scene(new InspectorView(vm), 380, 800));
        stage.show();
    }

    @Test
    void theReadMatrixShowsOneRowPerPlaceWithItsVerdict(FxRobot robot) {
        TraceEvent last = TRACE.events().stream()
                .filter(e -> e.artifacts().stream().anyMatch(a -> Artifact.TABLE.equals(a.type())))
                .reduce((a, b) -> b).orElseThrow();
        Artifact matrix = last.artifacts().stream().filter(a -> Artifact.TABLE.equals(a.type())).findFirst()
                .orElseThrow();
        ArtifactTable expected = ArtifactTable.parse(matrix.text()).orElseThrow();

        robot.interact(() -> {
            vm.show(TRACE, last);
            vm.selectedArtifactProperty().set(matrix);
        });

        Node table = robot.lookup(".artifact-table").query();
        assertThat(table.isVisible()).isTrue();
        List<String> firstColumn = robot.lookup(".artifact-table-cell.artifact-table-first").queryAllAs(Label.class)
                .stream().map(Label::getText).toList();
        assertThat(firstColumn).containsExactlyInAnyOrderElementsOf(
                expected.rows().stream().map(row -> row.get(0)).toList());
        assertThat(robot.lookup(".artifact-table-header").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactlyInAnyOrderElementsOf(expected.header());
        assertThat(robot.lookup(".artifact-raw").queryAs(TextArea.class).isVisible()).as("raw text hidden").isFalse();

        robot.interact(() -> vm.copyRaw());
        assertThat(copied).containsExactly(matrix.text());
    }

    @Test
    void aTextArtifactStillShowsAsRawText(FxRobot robot) {
        TraceEvent withText = TRACE.events().stream()
                .filter(e -> e.artifacts().stream().anyMatch(a -> Artifact.TEXT.equals(a.type())))
                .findFirst().orElseThrow();

        robot.interact(() -> vm.show(TRACE, withText));

        assertThat(robot.lookup(".artifact-table").query().isVisible()).isFalse();
        assertThat(robot.lookup(".artifact-raw").queryAs(TextArea.class).isVisible()).isTrue();
    }
}
