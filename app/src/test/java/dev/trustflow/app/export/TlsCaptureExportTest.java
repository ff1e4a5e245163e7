package dev.trustflow.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.notice.Notifications;
import dev.trustflow.app.player.ManualTickSource;
import dev.trustflow.app.player.Player;
import dev.trustflow.app.task.RunService;
import dev.trustflow.app.task.SameThreadTaskRunner;
import dev.trustflow.app.testsupport.Traces;
import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.scenario.ScenarioRunner;
import dev.trustflow.sim.scenarios.BundledScenarios;
import dev.trustflow.sim.tls.CapturedConnection;
import dev.trustflow.sim.trace.Trace;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsCaptureExportTest {

    private static final Scenario TLS = BundledScenarios.catalog().find("tls-and-certificates").orElseThrow();

    @TempDir
    Path dir;

    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final Notifications notices = new Notifications();
    private final Player player = new Player(new ManualTickSource());
    private final RunService runs = new RunService(new ScenarioRunner(), tasks);
    private final List<String> asked = new ArrayList<>();
    private final List<Trace> rerun = new ArrayList<>();
    private Optional<Path> answer = Optional.empty();
    private final ExportDialogs dialogs = (title, name, description, extension) -> {
        asked.add(title + " | " + name + " | *." + extension);
        return answer;
    };

    private final TlsCaptureExport export = new TlsCaptureExport(player, tasks, notices, dialogs, this::connections);

    private List<CapturedConnection> connections(Trace trace) {
        rerun.add(trace);
        return runs.rerun(TLS, trace).tlsConnections();
    }

    @Test
    void writesTheRunsConnectionsAsPcapngWithTheSecretsBlockBeforeThePackets() throws Exception {
        Trace trace = new ScenarioRunner().run(TLS, Map.of(), 42);
        player.load(trace);
        answer = Optional.of(dir.resolve("capture.pcapng"));

        export.exportCapture();

        assertThat(asked).containsExactly("Save TLS capture (pcapng) | tls-and-certificates-seed42.pcapng | *.pcapng");
        assertThat(rerun).containsExactly(trace);
        ByteBuffer file = ByteBuffer.wrap(Files.readAllBytes(dir.resolve("capture.pcapng")))
                .order(ByteOrder.LITTLE_ENDIAN);
        assertThat(file.getInt(0)).as("section header").isEqualTo(0x0A0D0D0A);
        int second = file.getInt(4);
        int third = second + file.getInt(second + 4);
        assertThat(file.getInt(second)).as("interface description").isEqualTo(1);
        assertThat(file.getInt(third)).as("decryption secrets").isEqualTo(0x0A);
        assertThat(file.getInt(third + 8)).as("secrets type TLSK").isEqualTo(0x544C534B);
        byte[] secrets = new byte[file.getInt(third + 12)];
        file.get(third + 16, secrets);
        assertThat(new String(secrets, StandardCharsets.US_ASCII)).contains("CLIENT_HANDSHAKE_TRAFFIC_SECRET ");
        assertThat(notices.getCurrent().text()).startsWith("Saved 1 TLS connection to capture.pcapng");
        try (var files = Files.list(dir)) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("capture.pcapng");
        }
    }

    @Test
    void aRunWithoutAHandshakeOffersNoCapture() {
        player.load(Traces.courier());

        assertThat(export.availableBinding().get()).isFalse();
        export.exportCapture();

        assertThat(asked).isEmpty();
        assertThat(notices.getCurrent().text()).isEqualTo("This run has no TLS handshake to capture");
        assertThat(tasks.jobsRun()).isZero();
    }

    @Test
    void theCommandIsAvailableOnceARunWithAHandshakeIsShown() {
        assertThat(export.availableBinding().get()).isFalse();

        player.load(new ScenarioRunner().run(TLS, Map.of(), 7));

        assertThat(export.availableBinding().get()).isTrue();
    }
}
