package dev.trustflow.app.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.entry.BrowserEntry;
import dev.trustflow.app.notice.Notifications;
import dev.trustflow.app.player.ManualTickSource;
import dev.trustflow.app.player.Player;
import dev.trustflow.app.session.ScenarioSession;
import dev.trustflow.app.task.RunService;
import dev.trustflow.app.task.SameThreadTaskRunner;
import dev.trustflow.app.testsupport.CourierScenario;
import dev.trustflow.sim.scenario.ScenarioRunner;
import org.junit.jupiter.api.Test;

class CompareLauncherTest {

    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final ManualTickSource mainTicks = new ManualTickSource();
    private final Player player = new Player(mainTicks);
    private final Notifications notices = new Notifications();
    private final RunService runs = new RunService(new ScenarioRunner(), tasks);
    private final ScenarioSession session = new ScenarioSession(runs, player, notices);
    private final CompareLauncher launcher = new CompareLauncher(session, player, runs, ManualTickSource::new, notices);

    @Test
    void nothingSelectedIsANoticeNotAComparison() {
        launcher.open();
        assertThat(launcher.isOpen()).isFalse();
        assertThat(notices.getCurrent().text()).isEqualTo(CompareLauncher.NOTHING_SELECTED);
    }

    @Test
    void comparesWhatTheMainWindowShowsWithItsCurrentWhatIfsAndSeed() {
        BrowserEntry courier = BrowserEntry.of(new CourierScenario());
        session.entries().add(courier);
        session.select(courier);
        session.setSeed(7);
        session.fields().stream().filter(f -> f.key().equals("algorithm")).findFirst().orElseThrow()
                .change("HmacSHA512");
        player.play();

        launcher.open();

        assertThat(player.isPlaying()).isFalse();
        CompareViewModel compare = launcher.getCurrent();
        assertThat(compare.title()).isEqualTo(courier.title());
        assertThat(compare.specProperty().get().key()).isEqualTo("tamper");
        assertThat(compare.left().player().getTrace().options())
                .containsEntry("tamper", false).containsEntry("algorithm", "HmacSHA512");
        assertThat(compare.right().player().getTrace().options())
                .containsEntry("tamper", true).containsEntry("algorithm", "HmacSHA512");
        assertThat(compare.right().player().getTrace().seed()).isEqualTo(7);
        assertThat(compare.getDivergence().identical()).isFalse();

        launcher.open();
        assertThat(launcher.getCurrent()).isSameAs(compare);
        compare.transport().play();
        launcher.close();
        assertThat(launcher.isOpen()).isFalse();
        assertThat(compare.transport().isPlaying()).isFalse();
    }
}
