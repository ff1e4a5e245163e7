package dev.trustflow.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.trustflow.sim.check.CheckExplanations;
import dev.trustflow.sim.tls.HandshakeSlice;
import dev.trustflow.sim.trace.DataKeys;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;

/** Selecting a TLS handshake message in the inspector opens its handshake view on a real run. */
@ExtendWith(ApplicationExtension.class)
class InspectorHandshakeFxTest {

    private static final Trace TRACE = TlsRuns.defaults("tls-and-certificates");

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
    void theCertificateStepShowsItsEncryptedRecordAsHex(FxRobot robot) throws Exception {
        TraceEvent certificate = TlsRuns.certificateMessage(TRACE);
        HandshakeSlice slice = HandshakeSlice.parse(certificate.text(DataKeys.HANDSHAKE).orElseThrow());
        byte[] record = HexFormat.of().parseHex(slice.records().get(0).bytes());

        robot.interact(() -> vm.show(TRACE, certificate));

        Node pane = robot.lookup(".handshake-pane").query();
        assertThat(pane.isVisible()).as("below the chain").isTrue();
        Label note = robot.lookup(".record-encrypted .record-note").queryAs(Label.class);
        robot.interact(() -> scrollTo(note));
        assertThat(NodeQueryUtils.isVisible().test(note)).as("the record, once the column is scrolled").isTrue();
        TextArea dump = robot.lookup(".record-dump.record-encrypted .hex-dump").queryAs(TextArea.class);
        String firstLine = dump.getText().lines().findFirst().orElseThrow();
        assertThat(firstLine.replace(" ", "")).isEqualTo("0000" + HexFormat.of().formatHex(record, 0, 16));
        assertThat(dump.getText().lines()).hasSize((record.length + 15) / 16);
        assertThat(note.getText()).isEqualTo("encrypted \u2014 an observer sees only this");
        assertThat(robot.lookup(".data-grid").query().getParent().isVisible()).as("the fields are the handshake view's table")
                .isFalse();
        assertThat(robot.lookup(".chain-card").queryAll()).as("the chain view stays").hasSize(2);

        robot.interact(() -> robot.lookup(".secret-copy").queryAllAs(Button.class).iterator().next().fire());

        assertThat(copied).singleElement().satisfies(value -> assertThat(value).matches("[0-9a-f]{64,}"));
    }

    /** Scrolls the inspector so that {@code node} is at the top of its viewport. */
    private void scrollTo(Node node) {
        double y = view.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
        double scrollable = view.getContent().getLayoutBounds().getHeight() - view.getViewportBounds().getHeight();
        view.setVvalue(Math.min(1, y / scrollable));
        view.layout();
    }

    @Test
    void theClientHelloIsInTheClearAndAnotherStepHidesTheView(FxRobot robot) {
        TraceEvent hello = TRACE.events().stream().filter(e -> "client_hello".equals(e.data().get("message")))
                .findFirst().orElseThrow();

        robot.interact(() -> vm.show(TRACE, hello));

        assertThat(robot.lookup(".record-dump.record-clear .record-note").queryAs(Label.class).getText())
                .startsWith("in the clear");
        assertThat(robot.lookup(".handshake-field").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("cipher suites", "server name");

        robot.interact(() -> vm.show(TRACE, TRACE.event(0)));

        assertThat(robot.lookup(".handshake-pane").query().isVisible()).isFalse();
    }
}
