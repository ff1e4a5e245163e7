package dev.trustflow.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.notice.Notice;
import dev.trustflow.app.notice.Notifications;
import dev.trustflow.app.player.ManualTickSource;
import dev.trustflow.app.player.Player;
import dev.trustflow.app.task.SameThreadTaskRunner;
import dev.trustflow.app.testsupport.Traces;
import dev.trustflow.sim.export.MermaidSequence;
import dev.trustflow.sim.trace.Trace;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ViewExportsTest {

    @TempDir
    Path dir;

    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final Notifications notices = new Notifications();
    private final Player player = new Player(new ManualTickSource());
    private final List<String> asked = new ArrayList<>();
    private Optional<Path> answer = Optional.empty();
    private final ExportDialogs dialogs = (title, name, description, extension) -> {
        asked.add(title + " | " + name + " | *." + extension);
        return answer;
    };

    /** A 3x2 picture: red, green, blue on top, then transparent, white, black. */
    private static PixelGrid picture() {
        return new PixelGrid(3, 2, new int[] {0xFFFF0000, 0xFF00FF00, 0xFF0000FF, 0x00000000, 0xFFFFFFFF, 0xFF000000});
    }

    private final ViewExports exports = new ViewExports(player, tasks, notices, dialogs, ViewExportsTest::picture);

    @Test
    void writesTheCentresPixelsAsAPngOfTheSameSizeAndColours() throws Exception {
        Path file = dir.resolve("view.png");

        exports.exportPng(file);

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(3);
        assertThat(image.getHeight()).isEqualTo(2);
        assertThat(image.getRGB(0, 0)).isEqualTo(0xFFFF0000);
        assertThat(image.getRGB(2, 0)).isEqualTo(0xFF0000FF);
        assertThat(image.getRGB(1, 1)).isEqualTo(0xFFFFFFFF);
        assertThat(image.getRGB(0, 1) >>> 24).isZero();
        assertThat(notices.getCurrent().text()).isEqualTo("Exported the view to view.png (3x2)");
    }

    @Test
    void suggestsANameFromTheScenarioSeedAndStepAndDoesNothingWhenCancelled() throws Exception {
        Trace trace = Traces.courier();
        player.load(trace);
        player.jumpTo(1);

        exports.exportPng();
        exports.exportMermaid();

        String base = trace.scenario() + "-seed" + trace.seed() + "-step2";
        assertThat(asked).containsExactly("Export view as PNG | " + base + ".png | *.png",
                "Export sequence as Mermaid | " + base + ".mmd | *.mmd");
        assertThat(tasks.jobsRun()).isZero();
    }

    @Test
    void writesTheTraceOnScreenAsMermaidWhereThePersonChose() throws Exception {
        Trace trace = Traces.courier();
        player.load(trace);
        answer = Optional.of(dir.resolve("seq.mmd"));

        exports.exportMermaid();

        assertThat(Files.readString(dir.resolve("seq.mmd"))).isEqualTo(MermaidSequence.render(trace));
        assertThat(notices.getCurrent().text()).isEqualTo("Exported the sequence to seq.mmd");
    }

    @Test
    void nothingOnScreenOrAnUnwritablePlaceIsSaidInOneLine() throws Exception {
        exports.exportMermaid();
        assertThat(notices.getCurrent().level()).isEqualTo(Notice.Level.ERROR);
        assertThat(notices.getCurrent().text()).startsWith("Nothing to export yet");
        assertThat(asked).isEmpty();

        Path blocker = Files.writeString(dir.resolve("taken"), "a file, not a folder");
        exports.exportPng(blocker.resolve("view.png"));
        assertThat(notices.getCurrent().level()).isEqualTo(Notice.Level.ERROR);
        assertThat(notices.getCurrent().text()).startsWith("view.png: cannot be written (").doesNotContain("\n");
        assertThat(tasks.unhandled()).isEmpty();
    }
}
