package dev.trustflow.app.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LatestWriterTest {

    @TempDir
    Path dir;

    private final List<Runnable> queued = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    @Test
    void valuesSubmittedBeforeAWriteCollapseIntoTheNewest() {
        JsonStore<SettingsData> store = new JsonStore<>(dir.resolve("settings.json"), SettingsData.class,
                SettingsData::defaults, SettingsData::normalized);
        LatestWriter<SettingsData> writer = new LatestWriter<>(store, queued::add, problems::add);
        writer.submit(new SettingsData("dark", false, 1.0, 1.0, false, false));
        writer.submit(new SettingsData("dark", false, 2.0, 1.0, false, false));
        assertThat(queued).hasSize(1);
        assertThat(store.load().value()).isEqualTo(SettingsData.defaults());

        queued.get(0).run();
        assertThat(store.load().value().fontScale()).isEqualTo(2.0);

        writer.submit(new SettingsData("light", true, 1.0, 1.0, false, false));
        writer.flush();
        assertThat(store.load().value().projector()).isTrue();
        assertThat(problems).isEmpty();
    }

    @Test
    void aFailedWriteIsReportedOnce() throws Exception {
        java.nio.file.Files.writeString(dir.resolve("file"), "x");
        JsonStore<SettingsData> store = new JsonStore<>(dir.resolve("file/settings.json"), SettingsData.class,
                SettingsData::defaults, SettingsData::normalized);
        LatestWriter<SettingsData> writer = new LatestWriter<>(store, Runnable::run, problems::add);
        writer.submit(SettingsData.defaults());
        writer.submit(SettingsData.defaults());
        assertThat(problems).singleElement().asString().startsWith("settings.json could not be saved: ");
    }
}
