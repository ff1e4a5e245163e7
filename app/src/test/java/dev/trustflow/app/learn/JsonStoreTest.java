package dev.trustflow.app.learn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.learn.ProgressData.LastPosition;
import dev.trustflow.app.learn.ProgressData.QuizScore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonStoreTest {

    @TempDir
    Path dir;

    private JsonStore<SettingsData> settings() {
        return new JsonStore<>(dir.resolve("settings.json"), SettingsData.class, SettingsData::defaults,
                SettingsData::normalized);
    }

    private JsonStore<ProgressData> progress() {
        return new JsonStore<>(dir.resolve("sub/progress.json"), ProgressData.class, ProgressData::empty,
                ProgressData::normalized);
    }

    private List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aMissingFileGivesTheDefaultsQuietly() {
        JsonStore.Loaded<SettingsData> loaded = settings().load();
        assertThat(loaded.value()).isEqualTo(SettingsData.defaults());
        assertThat(loaded.notice()).isEmpty();
    }

    @Test
    void settingsAndProgressRoundTrip() throws IOException {
        SettingsData mine = new SettingsData("dark", true, 1.75, 2.0, true, false);
        settings().save(mine);
        assertThat(settings().load().value()).isEqualTo(mine);

        ProgressData data = new ProgressData(List.of("jwt-anatomy", "replay"), List.of("jwt-anatomy"),
                Map.of("jwt-anatomy", new QuizScore(4, 5)), new LastPosition("replay", 7));
        progress().save(data);
        JsonStore.Loaded<ProgressData> back = progress().load();
        assertThat(back.value()).isEqualTo(data);
        assertThat(back.notice()).isEmpty();
    }

    @Test
    void aWriteReplacesTheWholeFileAndLeavesNoTempFileBehind() throws IOException {
        settings().save(new SettingsData("dark", false, 2.5, 0.5, false, false));
        settings().save(new SettingsData("light", true, 1.0, 4.0, true, false));
        assertThat(names(dir)).containsExactly("settings.json");
        assertThat(settings().load().value()).isEqualTo(new SettingsData("light", true, 1.0, 4.0, true, false));
    }

    @Test
    void aFailedWriteLeavesTheOldFileIntact() throws IOException {
        JsonStore<SettingsData> store = settings();
        store.save(new SettingsData("dark", false, 1.5, 1.0, false, false));
        Path folder = dir.resolve("settings.json");
        JsonStore<SettingsData> blocked = new JsonStore<>(folder.resolve("x.json"), SettingsData.class,
                SettingsData::defaults, SettingsData::normalized);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> blocked.save(SettingsData.defaults()))
                .isInstanceOf(IOException.class);
        assertThat(store.load().value().fontScale()).isEqualTo(1.5);
    }

    @Test
    void aCorruptFileIsKeptAsBakAndTheDefaultsComeBackWithOneNotice() throws IOException {
        String broken = "{\n  \"theme\": \"dark\",\n  \"fontScale\": 1.5,,\n}";
        Files.writeString(dir.resolve("settings.json"), broken);

        JsonStore.Loaded<SettingsData> loaded = settings().load();

        assertThat(loaded.value()).isEqualTo(SettingsData.defaults());
        assertThat(loaded.notice()).get().asString()
                .startsWith("settings.json is damaged (line 3: ")
                .endsWith("it was kept as settings.json.bak and defaults are used");
        assertThat(Files.readString(dir.resolve("settings.json.bak"))).isEqualTo(broken);
        assertThat(dir.resolve("settings.json")).doesNotExist();
        assertThat(settings().load().notice()).as("said once").isEmpty();

        Files.writeString(dir.resolve("settings.json"), "[1, 2");
        assertThat(settings().load().notice()).get().asString().contains("kept as settings.json.1.bak");
        assertThat(Files.readString(dir.resolve("settings.json.bak"))).as("the first backup is kept").isEqualTo(broken);
    }

    @Test
    void valuesOutOfRangeAreBroughtIntoRange() throws IOException {
        Files.writeString(dir.resolve("settings.json"),
                "{\"theme\": \"neon\", \"fontScale\": 9, \"speed\": 3.3, \"unknown\": 1}", StandardCharsets.UTF_8);
        SettingsData loaded = settings().load().value();
        assertThat(loaded).isEqualTo(new SettingsData("light", false, 2.5, 3.0, false, false));
    }

    @Test
    void aFileTooLargeIsSetAside() throws IOException {
        Files.write(dir.resolve("settings.json"), new byte[JsonStore.MAX_BYTES + 1]);
        assertThat(settings().load().notice()).get().asString().contains("larger than 1024 KB");
        assertThat(dir.resolve("settings.json.bak")).exists();
    }
}
