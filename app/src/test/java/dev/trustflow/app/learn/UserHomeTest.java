package dev.trustflow.app.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class UserHomeTest {

    private static Properties props(String os, String home) {
        Properties p = new Properties();
        p.setProperty("os.name", os);
        p.setProperty("user.home", home);
        return p;
    }

    @Test
    void linuxUsesXdgConfigHomeOrDotConfig() {
        assertThat(UserHome.resolve(props("Linux", "/home/ann"), Map.of("XDG_CONFIG_HOME", "/cfg")).lessons())
                .isEqualTo(Path.of("/cfg/trustflow/lessons"));
        assertThat(UserHome.resolve(props("Linux", "/home/ann"), Map.of()).lessons())
                .isEqualTo(Path.of("/home/ann/.config/trustflow/lessons"));
        assertThat(UserHome.resolve(props("Linux", "/home/ann"), Map.of("XDG_CONFIG_HOME", "relative")).root())
                .as("a relative XDG_CONFIG_HOME is invalid and ignored").isEqualTo(Path.of("/home/ann/.config/trustflow"));
    }

    @Test
    void macAndWindowsUseTheirOwnPlaces() {
        assertThat(UserHome.resolve(props("Mac OS X", "/Users/ann"), Map.of()).lessons())
                .isEqualTo(Path.of("/Users/ann/Library/Application Support/TrustFlow/lessons"));
        assertThat(UserHome.resolve(props("Windows 11", "/users/ann"), Map.of("APPDATA", "/appdata")).root())
                .isEqualTo(Path.of("/appdata/TrustFlow"));
    }

    @Test
    void thePropertyOverridesThePlatform(@org.junit.jupiter.api.io.TempDir Path dir) {
        Properties p = props("Linux", "/home/ann");
        p.setProperty(UserHome.PROPERTY, dir.toString());
        UserHome home = UserHome.resolve(p, Map.of("XDG_CONFIG_HOME", "/cfg"));
        assertThat(home.root()).isEqualTo(dir);
        assertThat(home.settingsFile()).isEqualTo(dir.resolve("settings.json"));
        assertThat(home.progressFile()).isEqualTo(dir.resolve("progress.json"));
    }
}
