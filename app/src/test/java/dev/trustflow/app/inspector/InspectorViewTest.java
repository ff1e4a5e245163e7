package dev.trustflow.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.trustflow.sim.check.CheckExplanations;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/** The inspector in a real (headless) stage at the width of the main window's right column. */
@ExtendWith(ApplicationExtension.class)
class InspectorViewTest {

    private final InspectorFixture run = new InspectorFixture();
    private final List<String> copied = new ArrayList<>();
    private InspectorViewModel vm;
    private InspectorView view;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        vm = new InspectorViewModel(CheckExplanations.bundled(), Runnable::run, Runnable::run, copied::add);
        view = new InspectorView(vm);
        stage.setScene(new Scene(view, 380, 800));
        stage.show();
    }

    @Test
    void showsTheDecodedPayloadAndTheFailingChecksReason(FxRobot robot) {
        robot.interact(() -> vm.show(run.trace, run.trace.event(run.request)));

        Set<Text> payload = robot.lookup(".jwt-part.jwt-payload").queryAllAs(Text.class);
        assertThat(payload).anySatisfy(t -> assertThat(t.getText()).contains("\"sub\" : \"alice\""));
        assertThat(payload).allMatch(NodeQueryUtils.isVisible()::test);
        assertThat(texts(robot, ".jwt-part.jwt-header")).anyMatch(t -> t.contains("\"alg\" : \"ES256\""));
        assertThat(texts(robot, ".jwt-compact .jwt-part")).containsExactly(run.token.split("\\.")[0], ".",
                run.token.split("\\.")[1], ".", run.token.split("\\.")[2]);
        assertThat(robot.lookup(".claim-note").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("expired 5 min before this event");

        HBox exp = robot.lookup(".check-row.check-fail").queryAs(HBox.class);
        assertThat(idOf(robot, exp)).isEqualTo("jwt.exp");
        Label reason = robot.from(exp).lookup(".check-reason").queryAs(Label.class);
        assertThat(reason.getText()).startsWith("expired at");
        robot.interact(() -> view.setVvalue(view.getVmax()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(NodeQueryUtils.isVisible().test(reason)).as("the reason, once the column is scrolled").isTrue();
        assertThat(robot.lookup(".check-row").queryAll()).hasSize(10);
        assertThat(robot.lookup(".check-mark-fail").queryAll()).hasSize(1);
        assertThat(robot.lookup(".check-mark-pass").queryAll()).hasSize(9);
    }

    @Test
    void withNoEventOnlyTheCaptionShows(FxRobot robot) {
        robot.interact(() -> vm.show(run.trace, run.trace.event(run.request)));
        Label kind = robot.lookup(".inspector-kind").queryAs(Label.class);
        assertThat(kind.isVisible()).as("the kind chip of an event").isTrue();

        robot.interact(vm::clear);

        assertThat(kind.isVisible()).as("an empty kind chip").isFalse();
        assertThat(robot.lookup(".inspector-time").queryAs(Label.class).isVisible()).isFalse();
        assertThat(robot.lookup(".inspector-caption").queryAs(Label.class).getText()).isEqualTo("No event selected");
    }

    @Test
    void onACheckEventThatCheckIsHighlighted(FxRobot robot) {
        robot.interact(() -> vm.show(run.trace, run.trace.event(run.expCheck)));
        HBox current = robot.lookup(".check-row.check-current").queryAs(HBox.class);
        assertThat(idOf(robot, current)).isEqualTo("jwt.exp");
        assertThat(current.getStyleClass()).contains("check-fail");
        assertThat(robot.lookup(".check-row.check-ahead").queryAll()).hasSize(2);
    }

    @Test
    void clickingACheckOpensItsExplanation(FxRobot robot) {
        robot.interact(() -> vm.show(run.trace, run.trace.event(run.expCheck)));
        HBox alg = robot.lookup(".check-row").queryAllAs(HBox.class).stream()
                .filter(row -> idOf(robot, row).equals("jwt.alg")).findFirst().orElseThrow();

        robot.clickOn(alg);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.selectedCheckProperty().get().id()).isEqualTo("jwt.alg");
        assertThat(view.checkList().popover().isShowing()).isTrue();
        Node content = view.checkList().popover().getContentNode();
        String shown = robot.from(content).lookup(".md-text").queryAllAs(Text.class).stream().map(Text::getText)
                .collect(Collectors.joining());
        assertThat(shown).contains("The algorithm is one the verifier allows", "RFC 8725 section 3.1");
    }

    @Test
    void copyButtonCopiesTheRawToken(FxRobot robot) {
        robot.interact(() -> vm.show(run.trace, run.trace.event(run.request)));
        Button copy = robot.lookup(".artifact-actions .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals("Copy")).findFirst().orElseThrow();
        robot.interact(copy::fire);
        assertThat(copied).containsExactly(run.token);
        assertThat(robot.lookup(".artifact-status").queryAs(Label.class).getText()).startsWith("Copied");
    }

    @Test
    void onACheckEventTheCheckIsOnScreenByItsIdAndItsReasonIsNotRepeated(FxRobot robot) {
        robot.interact(() -> vm.show(run.trace, run.trace.event(run.expCheck)));
        HBox current = robot.lookup(".check-row.check-current").queryAs(HBox.class);
        assertThat(NodeQueryUtils.isVisible().test(current)).isTrue();
        assertThat(robot.from(current).lookup(".check-reason").queryAll()).isEmpty();
        assertThat(robot.lookup(".inspector-caption").queryAs(Label.class).getText()).isEqualTo("\u2717 jwt.exp");
        assertThat(vm.dataRows()).extracting(DataRow::key).contains("check").doesNotContain("reason");
    }

    @Test
    void anEventWithoutArtifactsOrChecksHidesThoseSections(FxRobot robot) {
        robot.interact(() -> vm.show(run.trace, run.trace.event(run.jump)));
        assertThat(robot.lookup(".jwt-part").queryAllAs(Node.class)).allMatch(n -> !NodeQueryUtils.isVisible().test(n));
        assertThat(robot.lookup(".check-row").queryAll()).isEmpty();
        assertThat(robot.lookup(".inspector-caption").queryAs(Label.class).getText()).isEqualTo("20 minutes later");
    }

    @Test
    void theWrongHostCertificateMessageShowsItsChainWithTheLeafMarkedNameMismatch(FxRobot robot) {
        Trace wrongHost = TlsRuns.tls("wrong-host");
        TraceEvent message = TlsRuns.certificateMessage(wrongHost);

        robot.interact(() -> vm.show(wrongHost, message));
        WaitForAsyncUtils.waitForFxEvents();

        List<VBox> cards = new ArrayList<>(robot.lookup(".chain-card").queryAllAs(VBox.class));
        assertThat(cards).hasSize(message.artifacts().size());
        VBox refused = robot.lookup(".chain-card.chain-refused").queryAs(VBox.class);
        assertThat(robot.from(refused).lookup(".chain-place").queryAs(Label.class).getText()).isEqualTo("#1 leaf");
        assertThat(robot.from(refused).lookup(".chain-failure").queryAs(Label.class).getText())
                .isEqualTo("NAME_MISMATCH (pki.path)");
        assertThat(robot.from(refused).lookup(".chain-failure-reason").queryAs(Label.class).getText()).isNotBlank();
        assertThat(robot.lookup(".chain-refused").queryAll()).hasSize(1);
        assertThat(robot.from(refused).lookup(".chain-value").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(t -> t.contains("DNS www.bank.example"));
        assertThat(robot.lookup(".validity-bar").queryAll()).hasSize(cards.size());
        assertThat(NodeQueryUtils.isVisible().test(refused)).isTrue();
        assertThat(robot.lookup(".artifact-raw").queryAs(Node.class).isVisible()).as("the PEM is shown as its chain")
                .isFalse();

        Button copy = robot.lookup(".artifact-actions .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals("Copy")).findFirst().orElseThrow();
        robot.interact(copy::fire);
        assertThat(copied).containsExactly(message.artifacts().get(0).text());
    }

    private static String idOf(FxRobot robot, Node row) {
        return robot.from(row).lookup(".check-id").queryAs(Label.class).getText();
    }

    private static List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Text.class).stream().map(Text::getText).collect(Collectors.toList());
    }
}
