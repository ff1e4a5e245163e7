package dev.trustflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LauncherTest {

    @Test
    void withoutADisplayOnLinuxTheStartSaysSoInOneLine() {
        String line = Launcher.missingDisplay("Linux", null, "", null);
        assertThat(line).contains("needs a display").contains("DISPLAY").doesNotContain("\n");
    }

    @Test
    void aDisplayWaylandMonocleOrAnotherSystemLetsItStart() {
        assertThat(Launcher.missingDisplay("Linux", ":0", null, null)).isNull();
        assertThat(Launcher.missingDisplay("Linux", null, "wayland-0", null)).isNull();
        assertThat(Launcher.missingDisplay("Linux", null, null, "Monocle")).isNull();
        assertThat(Launcher.missingDisplay("Windows 11", null, null, null)).isNull();
        assertThat(Launcher.missingDisplay("Mac OS X", null, null, null)).isNull();
    }
}
