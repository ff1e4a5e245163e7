package dev.trustflow.app.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.trustflow.sim.check.CheckExplanations;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/** The workbench in a headless stage, with verification on a real background thread as in the app. */
@ExtendWith(ApplicationExtension.class)
class TokenWorkbenchViewTest {

    private final WorkbenchTokens tokens = new WorkbenchTokens();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "workbench-test");
        t.setDaemon(true);
        return t;
    });
    private TokenWorkbenchViewModel vm;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Clock anHourLater = Clock.fixed(WorkbenchTokens.ISSUED.plus(Duration.ofHours(1)), ZoneOffset.UTC);
        vm = new TokenWorkbenchViewModel(CheckExplanations.bundled(), worker, Platform::runLater, anHourLater);
        stage.setScene(new Scene(new TokenWorkbenchView(vm), 1100, 760));
        stage.show();
    }

    @AfterEach
    void stopWorker() throws InterruptedException {
        worker.shutdownNow();
        worker.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void verifyingAnExpiredTokenShowsTheVerdictTheFailingCheckAndThePayload(FxRobot robot) throws Exception {
        robot.interact(() -> {
            robot.lookup(".token-input").queryAs(TextArea.class).setText(tokens.token);
            robot.lookup(".jwks-input").queryAs(TextArea.class).setText(tokens.jwks);
        });
        robot.clickOn(".verify-button");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !vm.verdictTextProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        Label verdict = robot.lookup(".workbench-verdict").queryAs(Label.class);
        assertThat(verdict.getText()).isEqualTo("Rejected: 1 of 10 checks failed, first jwt.exp.");
        assertThat(verdict.getStyleClass()).contains("verdict-rejected");
        HBox failing = robot.lookup(".check-row.check-fail").queryAs(HBox.class);
        assertThat(robot.from(failing).lookup(".check-id").queryAs(Label.class).getText()).isEqualTo("jwt.exp");
        Label reason = robot.from(failing).lookup(".check-reason").queryAs(Label.class);
        assertThat(reason.getText()).startsWith("expired at");
        assertThat(NodeQueryUtils.isVisible().test(reason)).isTrue();
        String payload = robot.lookup(".jwt-part.jwt-payload").queryAllAs(Text.class).stream().map(Text::getText)
                .collect(Collectors.joining());
        assertThat(payload).contains("\"sub\" : \"alice\"");
    }

    @Test
    void garbageGivesAClearMessage(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup(".token-input").queryAs(TextArea.class).setText("not a token at all"));
        robot.clickOn(".verify-button");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !vm.messageProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        Label message = robot.lookup(".workbench-message").queryAs(Label.class);
        assertThat(message.getText()).startsWith("Token: ");
        assertThat(NodeQueryUtils.isVisible().test(message)).isTrue();
    }
}
