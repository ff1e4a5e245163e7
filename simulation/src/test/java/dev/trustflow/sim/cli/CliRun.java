package dev.trustflow.sim.cli;

import dev.trustflow.sim.scenario.ScenarioCatalog;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/** One run of the command line in a test: exit code, stdout and stderr. */
record CliRun(int code, String out, String err) {

    static final ScenarioCatalog CATALOG = new ScenarioCatalog(List.of(new SignedTokenTestScenario()));

    static CliRun of(String... args) {
        return with(CATALOG, args);
    }

    static CliRun with(ScenarioCatalog catalog, String... args) {
        CommandLine cli = TrustFlowCli.commandLine(catalog);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    List<String> errLines() {
        return err.lines().toList();
    }
}
