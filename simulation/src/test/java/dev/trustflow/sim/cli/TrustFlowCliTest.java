package dev.trustflow.sim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.scenario.Options;
import dev.trustflow.sim.scenario.ScenarioCatalog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrustFlowCliTest {

    @Test
    void versionIsTheProjectVersionFromTheBuild() throws IOException {
        CliRun run = CliRun.of("--version");

        assertThat(run.code()).isEqualTo(ExitCodes.OK);
        assertThat(VersionProvider.version()).matches("\\d+\\.\\d+\\.\\d+.*").doesNotContain("${");
        assertThat(run.out()).startsWith("trustflow-cli " + VersionProvider.version());
    }

    @Test
    void helpNamesEveryCommandAndTheExitCodes() {
        CliRun run = CliRun.of("--help");

        assertThat(run.code()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("list", "run", "export", "show", "generate-completion", "Exit codes");
    }

    @Test
    void noCommandIsAUsageErrorThatListsTheCommands() {
        CliRun run = CliRun.of();

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0)).startsWith("missing command; choose one of: list, run, export, show, ")
                .contains("generate-completion");
        assertThat(run.errLines().get(1)).isEqualTo("Run 'trustflow-cli --help' for usage.");
    }

    @Test
    void unknownCommandIsOneLineNamingTheKnownOnes() {
        CliRun run = CliRun.of("lsit");

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0)).startsWith("unknown command 'lsit'; known: list, run, export, show, ")
                .contains("generate-completion");
        assertThat(run.errLines().get(1)).isEqualTo("Run 'trustflow-cli --help' for usage.");
    }

    @Test
    void unknownOptionNamesTheAllowedOptionsOfThatCommand() {
        CliRun run = CliRun.of("run", SignedTokenTestScenario.ID, "--sed", "1");

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines()).containsExactly(
                "unknown option '--sed'; allowed: --seed, --set, --format, --help, --version",
                "Run 'trustflow-cli run --help' for usage.");
    }

    @Test
    void extraArgumentIsAUsageError() {
        CliRun run = CliRun.of("list", "everything");

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines()).containsExactly("unexpected argument 'everything'; list takes no arguments",
                "Run 'trustflow-cli list --help' for usage.");
    }

    @Test
    void completionScriptIsPicocliGenerated() {
        CliRun run = CliRun.of("generate-completion");

        assertThat(run.code()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("complete -F", "trustflow-cli", "export", "--seed");
    }

    @Test
    void aBugInAScenarioIsReportedWithItsStackTraceAndExitCodeOne() {
        ScenarioCatalog broken = new ScenarioCatalog(List.of(new SignedTokenTestScenario() {
            @Override
            public String id() {
                return "broken";
            }

            @Override
            public void play(Simulation sim, Options options) {
                throw new IllegalStateException("boom");
            }
        }));

        CliRun run = CliRun.with(broken, "run", "broken");

        assertThat(run.code()).isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(run.errLines().get(0))
                .isEqualTo("trustflow-cli run: internal error: java.lang.IllegalStateException: boom");
        assertThat(run.err()).contains("\tat ");
    }

    @Test
    void mainEntryPointRunsOverTheShippedCatalog() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ByteArrayOutputStream complained = new ByteArrayOutputStream();
        try {
            // the entry point prints to the process's streams: catch them, so the build's log stays clean
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(complained, true, StandardCharsets.UTF_8));
            assertThat(TrustFlowCli.run("list", "--format", "json")).isEqualTo(ExitCodes.OK);
            assertThat(TrustFlowCli.run("no-such-command")).isEqualTo(ExitCodes.USAGE);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("\"id\" : \"refresh-rotation\"");
        assertThat(complained.toString(StandardCharsets.UTF_8)).startsWith("unknown command 'no-such-command'");
    }
}
