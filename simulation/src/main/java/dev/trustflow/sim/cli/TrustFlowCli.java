package dev.trustflow.sim.cli;

import dev.trustflow.sim.scenario.ScenarioCatalog;
import dev.trustflow.sim.scenarios.BundledScenarios;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code trustflow-cli}: the root command. Each subcommand is its own class in this package; picocli builds
 * them through {@link CommandFactory}, which hands the {@link ScenarioCatalog} to any command whose
 * constructor takes one and uses a no-argument constructor otherwise.
 */
@Command(name = "trustflow-cli",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Runs TrustFlow scenarios headless (real cryptography underneath), prints and exports their traces.",
        footer = {"", "Exit codes: 0 success, 1 a check that ran and failed, 2 a usage error."},
        subcommands = {
            ListCommand.class,
            RunCommand.class,
            ExportCommand.class,
            ShowCommand.class,
            InspectJwtCommand.class,
            CheckLessonsCommand.class,
            AutoComplete.GenerateCompletion.class
        })
public final class TrustFlowCli implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Called when no subcommand is given: a usage error that names the commands there are. */
    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "missing command; choose one of: " + String.join(", ", UsageErrorHandler.visibleCommands(spec)));
    }

    /** The fully configured command line over {@code catalog}: factory, error handlers, exit codes. */
    public static CommandLine commandLine(ScenarioCatalog catalog) {
        CommandLine cli = new CommandLine(TrustFlowCli.class, new CommandFactory(catalog));
        cli.setParameterExceptionHandler(new UsageErrorHandler());
        cli.setExecutionExceptionHandler(new FailureHandler());
        return cli;
    }

    /** Runs the command line over the scenarios that ship, writing UTF-8 to stdout and stderr. */
    public static int run(String... args) {
        CommandLine cli = commandLine(BundledScenarios.catalog());
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        return cli.execute(args);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }
}
