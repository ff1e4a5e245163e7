package dev.trustflow.app.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.entry.BrowserEntry;
import dev.trustflow.app.notice.Notifications;
import dev.trustflow.app.player.ManualTickSource;
import dev.trustflow.app.player.Player;
import dev.trustflow.app.task.RunService;
import dev.trustflow.app.task.SameThreadTaskRunner;
import dev.trustflow.app.testsupport.CourierScenario;
import dev.trustflow.sim.scenario.ScenarioRunner;
import dev.trustflow.sim.scenarios.BundledScenarios;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TriedChangesTest {

    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final Player player = new Player(new ManualTickSource());
    private final ScenarioSession session = new ScenarioSession(
            new RunService(new ScenarioRunner(), tasks), player, new Notifications());
    private final BrowserEntry courier = BrowserEntry.of(new CourierScenario());
    private final BrowserEntry replay = BrowserEntry.of(BundledScenarios.catalog().require("replay"));

    @BeforeEach
    void list() {
        session.entries().addAll(courier, replay);
    }

    @Test
    void eachWhatIfTheStudentChangesIsListedInOrderWithItsValue() {
        session.select(courier);
        assertThat(session.tried().changes()).as("opening is not a change").isEmpty();

        field("tamper").change(true);
        field("wait").change(Duration.ofHours(2));
        field("tamper").change(false);

        assertThat(session.tried().changes()).extracting(TriedChange::text).containsExactly(
                "Attacker rewrites the body \u2192 on",
                "Pause between requests \u2192 2 h",
                "Attacker rewrites the body \u2192 off");
    }

    @Test
    void aNewSeedOrTheSameValueAddsNothing() {
        session.select(courier);
        field("tamper").change(true);
        session.setSeed(7);
        session.rerun();

        assertThat(session.tried().changes()).hasSize(1);
    }

    @Test
    void eachEntryKeepsItsOwnListForTheSessionAndClearStartsOver() {
        session.select(courier);
        field("tamper").change(true);

        session.select(replay);
        assertThat(session.tried().changes()).isEmpty();
        field("nonce-store").change(true);
        assertThat(session.tried().changes()).extracting(TriedChange::label).containsExactly("Nonce store");

        session.select(courier);
        assertThat(session.tried().changes()).extracting(TriedChange::value).containsExactly("on");
        session.tried().clear();
        assertThat(session.tried().changes()).isEmpty();
        session.select(replay);
        assertThat(session.tried().changes()).hasSize(1);
    }

    @Test
    void inTheCapstoneEachFixIsListedWithTheScoreItsRunCameTo() {
        BrowserEntry capstone = BrowserEntry.of(BundledScenarios.catalog().require("design-mistakes"));
        session.entries().add(capstone);
        session.select(capstone);
        String noFix = String.valueOf(player.getTrace().summary().get("stopped"));

        field("fix-audience").change(true);
        field("fix-replay").change(true);

        assertThat(session.tried().changes()).hasSize(2);
        assertThat(session.tried().changes().get(1).outcome())
                .isEqualTo(player.getTrace().summary().get("stopped") + " of 7 attacks stopped, reach "
                        + player.getTrace().summary().get("reach"));
        assertThat(noFix).isEqualTo("0");
        assertThat(session.tried().changes().get(0).outcome()).startsWith("1 of 7 attacks stopped");
    }

    @Test
    void durationsFromATraceFileReadLikeTheControls() {
        assertThat(OptionText.of("PT15M")).isEqualTo("15 min");
        assertThat(OptionText.of("perimeter")).isEqualTo("perimeter");
        assertThat(OptionText.of(false)).isEqualTo("off");
    }

    private OptionField field(String key) {
        return session.fields().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }
}
