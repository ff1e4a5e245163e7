package dev.trustflow.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SnapshotRequestTest {

    @Test
    void noFileNoRequest() {
        assertThat(SnapshotRequest.from(new Properties())).isEmpty();
    }

    @Test
    void readsEveryProperty() {
        Properties p = new Properties();
        p.setProperty("trustflow.snapshot", "out/shot.png");
        p.setProperty("trustflow.scenario", "jwt-anatomy");
        p.setProperty("trustflow.step", "4");
        p.setProperty("trustflow.theme", "dark");
        p.setProperty("trustflow.options", "tamper=true, ttl=15m");
        SnapshotRequest r = SnapshotRequest.from(p).orElseThrow();
        assertThat(r.file()).isEqualTo(Path.of("out/shot.png"));
        assertThat(r.scenario()).contains("jwt-anatomy");
        assertThat(r.step()).isEqualTo(4);
        assertThat(r.theme()).contains("dark");
        assertThat(r.options()).isEqualTo(Map.of("tamper", "true", "ttl", "15m"));
    }

    @Test
    void badValuesAreNamed() {
        Properties p = new Properties();
        p.setProperty("trustflow.snapshot", "x.png");
        p.setProperty("trustflow.step", "two");
        assertThatThrownBy(() -> SnapshotRequest.from(p)).hasMessage("trustflow.step: 'two' is not a whole number");
        p.setProperty("trustflow.step", "2");
        p.setProperty("trustflow.options", "tamper");
        assertThatThrownBy(() -> SnapshotRequest.from(p)).hasMessage("trustflow.options: 'tamper' is not key=value");
    }
}
