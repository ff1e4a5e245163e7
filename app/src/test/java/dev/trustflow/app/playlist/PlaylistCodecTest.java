package dev.trustflow.app.playlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaylistCodecTest {

    private final PlaylistCodec codec = new PlaylistCodec();

    @TempDir
    Path dir;

    @Test
    void writesAndReadsBackTheSamePlaylist() throws Exception {
        Playlist playlist = new Playlist("Class 3B", List.of(
                PlaylistItem.entry("lesson:jwt-basics", "JWT basics",
                        Map.of("tamper", true, "algorithm", "HmacSHA512", "wait", "PT1H", "requests", 2L), 1234),
                PlaylistItem.trace(dir.resolve("traces/demo.json"), "demo.json"),
                PlaylistItem.entry("courier", "Courier", Map.of(), -5)));
        Path file = dir.resolve("class.tfplaylist.json");
        codec.write(playlist, file);
        assertThat(Files.readString(file)).contains("\"format\" : \"trustflow-playlist/1\"");
        assertThat(codec.read(file)).isEqualTo(playlist);
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).containsExactly("class.tfplaylist.json");
    }

    @Test
    void aRelativeTracePathIsTakenFromThePlaylistsFolder() throws Exception {
        String json = """
                {"format": "trustflow-playlist/1", "items": [{"type": "trace", "path": "traces/a.json"}]}
                """;
        Playlist read = codec.parse(json, "x.tfplaylist.json", dir);
        assertThat(read.items()).singleElement().satisfies(item -> {
            assertThat(item.trace()).isEqualTo(dir.resolve("traces/a.json"));
            assertThat(item.title()).isEqualTo("a.json");
        });
        assertThat(read.title()).isEmpty();
    }

    @Test
    void badFilesAreNamedInOneLine() throws Exception {
        assertThat(bad("{")).startsWith("c.tfplaylist.json: not valid JSON (line 1");
        assertThat(bad("[]")).isEqualTo("c.tfplaylist.json: not a playlist (expected a JSON object)");
        assertThat(bad("{\"format\": \"trustflow-trace/1\", \"items\": []}"))
                .isEqualTo("c.tfplaylist.json: \"format\" must be \"trustflow-playlist/1\"");
        assertThat(bad("{\"format\": \"trustflow-playlist/1\"}"))
                .isEqualTo("c.tfplaylist.json: \"items\" must be a list");
        assertThat(bad(items("{\"type\": \"video\"}")))
                .isEqualTo("c.tfplaylist.json: item 1: \"type\" must be \"entry\" or \"trace\", not \"video\"");
        assertThat(bad(items("{\"type\": \"trace\", \"path\": \"a.json\"}, {\"type\": \"entry\", \"entry\": \"x\"}")))
                .isEqualTo("c.tfplaylist.json: item 2: \"seed\" must be a whole number");
        assertThat(bad(items("{\"type\": \"entry\", \"entry\": \"x\", \"seed\": 1.5}")))
                .isEqualTo("c.tfplaylist.json: item 1: \"seed\" must be a whole number");
        assertThat(bad(items("{\"type\": \"entry\", \"entry\": \"x\", \"seed\": 1, \"options\": {\"k\": [1]}}")))
                .isEqualTo("c.tfplaylist.json: item 1: option \"k\" must be true/false, a whole number or text");
        assertThat(bad(items("{\"type\": \"entry\", \"entry\": \" \", \"seed\": 1}")))
                .isEqualTo("c.tfplaylist.json: item 1: \"entry\" must be non-empty text");
        assertThatThrownBy(() -> codec.read(dir.resolve("missing.tfplaylist.json")))
                .isInstanceOf(PlaylistFormatException.class).hasMessage("missing.tfplaylist.json: no such file");
    }

    private static String items(String items) {
        return "{\"format\": \"trustflow-playlist/1\", \"items\": [" + items + "]}";
    }

    private String bad(String json) throws Exception {
        Path file = dir.resolve("c.tfplaylist.json");
        Files.writeString(file, json);
        try {
            codec.read(file);
        } catch (PlaylistFormatException e) {
            assertThat(e.getMessage()).doesNotContain("\n");
            return e.getMessage();
        }
        throw new AssertionError("accepted: " + json);
    }
}
