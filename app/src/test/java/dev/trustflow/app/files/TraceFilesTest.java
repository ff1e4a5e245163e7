package dev.trustflow.app.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.entry.BrowserEntry;
import dev.trustflow.app.notice.Notice;
import dev.trustflow.app.notice.Notifications;
import dev.trustflow.app.player.ManualTickSource;
import dev.trustflow.app.player.Player;
import dev.trustflow.app.session.ScenarioSession;
import dev.trustflow.app.task.RunService;
import dev.trustflow.app.task.SameThreadTaskRunner;
import dev.trustflow.app.testsupport.CourierScenario;
import dev.trustflow.app.testsupport.Traces;
import dev.trustflow.sim.scenario.ScenarioRunner;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceFilesTest {

    @TempDir
    Path dir;

    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final Player player = new Player(new ManualTickSource());
    private final Notifications notices = new Notifications();
    private final ScenarioSession session = new ScenarioSession(
            new RunService(new ScenarioRunner(), tasks), player, notices);
    private final FakeDialogs dialogs = new FakeDialogs();
    private final TraceFiles files = new TraceFiles(new TraceCodec(), tasks, dialogs, player, session, notices);

    @Test
    void saveThenOpenGivesTheSameTraceBack() {
        session.entries().add(BrowserEntry.of(new CourierScenario()));
        Trace trace = Traces.courier(Map.of("tamper", true));
        player.load(trace);
        dialogs.answer = dir.resolve("run.json");
        files.save();
        assertThat(dialogs.suggested).isEqualTo("courier-seed7.json");
        assertThat(dir.resolve("run.json")).isRegularFile();
        assertThat(notices.getCurrent().text()).isEqualTo("Saved run.json");

        player.load(Traces.courier());
        files.open();
        TraceCodec codec = new TraceCodec();
        assertThat(codec.toJson(player.getTrace())).isEqualTo(codec.toJson(trace));
        assertThat(session.getSelected().id()).isEqualTo(CourierScenario.ID);
        assertThat(notices.getCurrent().level()).isEqualTo(Notice.Level.INFO);
        assertThat(tasks.unhandled()).isEmpty();
    }

    @Test
    void aBadFileSaysWhatIsWrongInOneLineAndKeepsTheTraceOnScreen() throws IOException {
        Trace shown = Traces.courier();
        player.load(shown);
        Path bad = dir.resolve("broken.json");
        Files.writeString(bad, "{\"format\": \"trustflow-trace/1\",\n \"events\": [ nope ]}");
        files.open(bad);
        Notice notice = notices.getCurrent();
        assertThat(notice.level()).isEqualTo(Notice.Level.ERROR);
        assertThat(notice.text()).startsWith("broken.json:2").doesNotContain("\n");
        assertThat(player.getTrace()).isSameAs(shown);
        assertThat(tasks.unhandled()).isEmpty();
    }

    @Test
    void aMissingFileIsNamed() {
        files.open(dir.resolve("gone.json"));
        assertThat(notices.getCurrent().text()).isEqualTo("gone.json: no such file");
    }

    @Test
    void nothingToSaveSaysSo() {
        files.save();
        assertThat(notices.getCurrent().text()).startsWith("Nothing to save yet");
        assertThat(dialogs.suggested).isNull();
    }

    @Test
    void cancellingDoesNothing() {
        player.load(Traces.courier());
        dialogs.answer = null;
        files.open();
        files.save();
        assertThat(tasks.jobsRun()).isZero();
    }

    @Test
    void anUnwritableTargetIsReported() throws IOException {
        Path blocker = Files.writeString(dir.resolve("file"), "x");
        files.save(Traces.courier(), blocker.resolve("child.json"));
        assertThat(notices.getCurrent().text()).startsWith("child.json: cannot be written");
    }

    private static final class FakeDialogs implements FileDialogs {
        Path answer;
        String suggested;

        @Override
        public Optional<Path> chooseTraceToOpen() {
            return Optional.ofNullable(answer);
        }

        @Override
        public Optional<Path> chooseTraceToSave(String suggestedName) {
            suggested = suggestedName;
            return Optional.ofNullable(answer);
        }
    }
}
