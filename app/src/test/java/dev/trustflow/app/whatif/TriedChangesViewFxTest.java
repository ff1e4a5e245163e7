package dev.trustflow.app.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.trustflow.app.entry.BrowserEntry;
import dev.trustflow.app.notice.Notifications;
import dev.trustflow.app.player.ManualTickSource;
import dev.trustflow.app.player.Player;
import dev.trustflow.app.session.OptionField;
import dev.trustflow.app.session.ScenarioSession;
import dev.trustflow.app.task.RunService;
import dev.trustflow.app.task.SameThreadTaskRunner;
import dev.trustflow.sim.scenario.ScenarioRunner;
import dev.trustflow.sim.scenarios.BundledScenarios;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The what-if panel lists the capstone's fixes in the order they were turned on, the latest five, and clears. */
@ExtendWith(ApplicationExtension.class)
class TriedChangesViewFxTest {

    private final ScenarioSession session = new ScenarioSession(
            new RunService(new ScenarioRunner(), new SameThreadTaskRunner()), new Player(new ManualTickSource()),
            new Notifications());
    private final BrowserEntry capstone = BrowserEntry.of(BundledScenarios.catalog().require("design-mistakes"));

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        session.entries().add(capstone);
        // no taller than the headless screen (1280x800): a taller window overflowed Monocle's buffer and printed a
        // BufferOverflowException per pulse into the build's log
        stage.setScene(new Scene(new WhatIfPanel(session), 340, 780));
        stage.show();
    }

    @Test
    void fixesAreListedInOrderWithTheirScoreAndTheLatestFiveShow(FxRobot robot) {
        robot.interact(() -> session.select(capstone));
        Node list = robot.lookup("#tried-changes").query();
        assertThat(list.isVisible()).as("nothing changed yet").isFalse();

        String[] fixes = {"fix-audience", "fix-vault", "fix-replay", "fix-owner-check", "fix-service-authn",
                "fix-caller-identity"};
        for (String fix : fixes) {
            robot.interact(() -> field(fix).change(true));
        }

        assertThat(list.isVisible()).isTrue();
        assertThat(robot.lookup(".tried-line").queryAllAs(Label.class)).extracting(Label::getText)
                .hasSize(TriedChangesView.SHOWN + 1)
                .first().isEqualTo("\u2026 1 earlier change");
        assertThat(robot.lookup(".tried-line").queryAllAs(Label.class)).extracting(Label::getText)
                .last().asString().startsWith("6. Caller identity \u2192 on \u00b7 6 of 7 attacks stopped");

        robot.interact(() -> robot.lookup(".tried-clear").queryAs(Hyperlink.class).fire());
        assertThat(list.isVisible()).isFalse();
    }

    private OptionField field(String key) {
        return session.fields().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }
}
