package dev.trustflow.sim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
        assertThat(run.errLines()).containsExactly(
                "missing command; choose one of: list, run, export, show, generate-completion",
                "Run 'trustflow-cli --help' for usage.");
    }

    @Test
    void unknownCommandIsOneLineNamingTheKnownOnes() {
        CliRun run = CliRun.of("lsit");

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(
                "unknown command 'lsit'; known: list, run, export, show, generate-completion",
                "Run 'trustflow-cli --help' for usage.");
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
    void mainEntryPointRunsOverTheShippedCatalog() {
        assertThat(TrustFlowCli.run("list", "--format", "json")).isEqualTo(ExitCodes.OK);
        assertThat(TrustFlowCli.run("no-such-command")).isEqualTo(ExitCodes.USAGE);
    }
}
