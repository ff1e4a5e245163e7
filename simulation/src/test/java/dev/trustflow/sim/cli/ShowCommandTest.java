package dev.trustflow.sim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceCodec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShowCommandTest {

    @TempDir
    Path dir;

    private Path savedTrace() throws Exception {
        Path file = dir.resolve("trace.json");
        Files.writeString(file, CliRun.of("run", SignedTokenTestScenario.ID, "--format", "json").out(),
                StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void printsAValidTraceAsText() throws Exception {
        CliRun run = CliRun.of("show", savedTrace().toString());

        assertThat(run.code()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("signed-token-test: Signed token (test)", "FAIL jwt.signature", "summary:");
    }

    @Test
    void jsonIsTheSameTraceAgain() throws Exception {
        Path file = savedTrace();
        CliRun run = CliRun.of("show", file.toString(), "--format", "json");

        assertThat(run.code()).isEqualTo(ExitCodes.OK);
        Trace shown = new TraceCodec().parse(run.out(), "stdout");
        assertThat(shown).isEqualTo(new TraceCodec().read(file));
    }

    @Test
    void anInvalidTraceIsOneLineAndExitCodeOne() throws Exception {
        Path file = savedTrace();
        Files.writeString(file, Files.readString(file).replace("trustflow-trace/2", "trustflow-trace/9"));

        CliRun run = CliRun.of("show", file.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(
                "trace.json: format is 'trustflow-trace/9', expected 'trustflow-trace/2' (or 'trustflow-trace/1')");
    }

    @Test
    void brokenJsonNamesTheLine() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n  \"format\": \"trustflow-trace/1\",\n  \"events\": [ oops ]\n}\n");

        CliRun run = CliRun.of("show", file.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("broken.json:3: ");
    }

    @Test
    void aMissingFileIsOneLine() {
        CliRun run = CliRun.of("show", dir.resolve("nothing.json").toString());

        assertThat(run.code()).isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(run.errLines()).containsExactly("nothing.json: no such file");
    }
}
