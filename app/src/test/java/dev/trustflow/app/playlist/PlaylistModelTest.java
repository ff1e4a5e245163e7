package dev.trustflow.app.playlist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.entry.BrowserEntry;
import dev.trustflow.app.files.FileDialogs;
import dev.trustflow.app.files.TraceFiles;
import dev.trustflow.app.notice.Notice;
import dev.trustflow.app.notice.Notifications;
import dev.trustflow.app.player.ManualTickSource;
import dev.trustflow.app.player.Player;
import dev.trustflow.app.session.ScenarioSession;
import dev.trustflow.app.task.RunService;
import dev.trustflow.app.task.SameThreadTaskRunner;
import dev.trustflow.app.testsupport.CourierScenario;
import dev.trustflow.sim.scenario.ScenarioRunner;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaylistModelTest {

    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final Player player = new Player(new ManualTickSource());
    private final Notifications notices = new Notifications();
    private final ScenarioSession session = new ScenarioSession(
            new RunService(new ScenarioRunner(), tasks), player, notices);
    private final TraceFiles files = new TraceFiles(new TraceCodec(), tasks, new NoDialogs(), player, session, notices);
    private final PlaylistModel playlist = new PlaylistModel(session, files, tasks, notices);
    private final BrowserEntry courier = BrowserEntry.of(new CourierScenario());

    @TempDir
    Path dir;

    @BeforeEach
    void list() {
        session.entries().add(courier);
    }

    @Test
    void addCurrentKeepsTheWhatIfsAndTheSeedAndOpeningRunsExactlyThat() {
        playlist.addCurrent();
        assertThat(notices.getCurrent().text()).isEqualTo("Nothing to add: open a lesson or scenario first");
        session.select(courier);
        session.setOption("tamper", true);
        session.setSeed(99);
        Trace wanted = player.getTrace();
        playlist.addCurrent();
        assertThat(playlist.items()).singleElement().satisfies(item -> {
            assertThat(item.entry()).isEqualTo(CourierScenario.ID);
            assertThat(item.seed()).isEqualTo(99);
            assertThat(item.options()).containsEntry("tamper", true);
        });

        session.setSeed(1);
        session.setOption("tamper", false);
        playlist.open(0);
        assertThat(session.getSeed()).isEqualTo(99);
        assertThat(player.getTrace().seed()).isEqualTo(99);
        assertThat(player.getTrace().options()).isEqualTo(wanted.options());
        assertThat(player.getTrace().events()).isEqualTo(wanted.events());
        assertThat(playlist.getCurrent()).isZero();
    }

    @Test
    void reorderRemoveAndStepThroughTracesAndEntries() throws Exception {
        Path trace = saveTrace(5);
        session.select(courier);
        session.setSeed(11);
        playlist.addCurrent();
        playlist.addTrace(trace);
        session.setSeed(12);
        playlist.addCurrent();
        assertThat(playlist.moveUp(1)).isZero();
        assertThat(playlist.items()).extracting(PlaylistItem::kind)
                .containsExactly(PlaylistItem.Kind.TRACE, PlaylistItem.Kind.ENTRY, PlaylistItem.Kind.ENTRY);
        assertThat(playlist.moveUp(0)).isZero();
        assertThat(playlist.moveDown(2)).isEqualTo(2);

        playlist.next();
        assertThat(player.getTrace().seed()).isEqualTo(5);
        playlist.next();
        assertThat(player.getTrace().seed()).isEqualTo(11);
        playlist.next();
        assertThat(player.getTrace().seed()).isEqualTo(12);
        playlist.next();
        assertThat(notices.getCurrent().text()).isEqualTo("That was the last item of the playlist");
        assertThat(playlist.getCurrent()).isEqualTo(2);
        playlist.previous();
        assertThat(player.getTrace().seed()).isEqualTo(11);
        playlist.moveDown(1);
        assertThat(playlist.getCurrent()).isEqualTo(2);
        playlist.remove(0);
        assertThat(playlist.getCurrent()).isEqualTo(1);
        playlist.remove(1);
        assertThat(playlist.getCurrent()).isEqualTo(-1);
        assertThat(playlist.items()).hasSize(1);
    }

    @Test
    void saveAndLoadRoundTripThroughTheDialogs() throws Exception {
        session.select(courier);
        session.setOption("requests", 3L);
        playlist.addCurrent();
        playlist.addTrace(saveTrace(8));
        Path file = dir.resolve("class");
        playlist.setDialogs(new FixedDialogs(file));
        playlist.save();
        Path saved = dir.resolve("class.tfplaylist.json");
        assertThat(playlist.fileProperty().get()).isEqualTo(saved);

        PlaylistModel other = new PlaylistModel(session, files, tasks, notices);
        other.setDialogs(new FixedDialogs(saved));
        other.load();
        assertThat(other.items()).containsExactlyElementsOf(playlist.items());
        assertThat(notices.getCurrent().text()).isEqualTo("Opened playlist class.tfplaylist.json: 2 items");
        other.next();
        assertThat(player.getTrace().options()).containsEntry("requests", 3L);
    }

    @Test
    void aBadFileOrAMissingEntryGivesOneLineAndKeepsTheList() throws Exception {
        session.select(courier);
        playlist.addCurrent();
        Path broken = dir.resolve("broken.tfplaylist.json");
        Files.writeString(broken, "{\"format\": \"trustflow-playlist/1\", \"items\": [{\"type\": 3}]}");
        playlist.load(broken);
        Notice notice = notices.getCurrent();
        assertThat(notice.level()).isEqualTo(Notice.Level.ERROR);
        assertThat(notice.text()).isEqualTo("broken.tfplaylist.json: item 1: \"type\" must be non-empty text");
        assertThat(playlist.items()).hasSize(1);

        playlist.items().add(PlaylistItem.entry("lesson:gone", "Gone", java.util.Map.of(), 1));
        playlist.open(1);
        assertThat(notices.getCurrent().text()).isEqualTo("Playlist item 2: no lesson or scenario 'lesson:gone' in this app");
    }

    private Path saveTrace(long seed) throws Exception {
        Trace trace = new ScenarioRunner().run(new CourierScenario(),
                dev.trustflow.sim.scenario.Options.defaults(new CourierScenario().options()), seed);
        Path file = dir.resolve("trace-" + seed + ".json");
        new TraceCodec().write(trace, file);
        return file;
    }

    private static final class NoDialogs implements FileDialogs {
        @Override
        public Optional<Path> chooseTraceToOpen() {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseTraceToSave(String suggestedName) {
            return Optional.empty();
        }
    }

    private record FixedDialogs(Path file) implements PlaylistDialogs {
        @Override
        public Optional<Path> choosePlaylistToOpen() {
            return Optional.of(file);
        }

        @Override
        public Optional<Path> choosePlaylistToSave(String suggestedName) {
            return Optional.of(file);
        }

        @Override
        public Optional<Path> chooseTrace() {
            return Optional.of(file);
        }
    }
}
