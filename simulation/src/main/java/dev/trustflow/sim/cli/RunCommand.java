package dev.trustflow.sim.cli;

import dev.trustflow.sim.scenario.ScenarioCatalog;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceCodec;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code run}: runs one scenario and prints its trace. Failed checks are part of the story: exit code 0. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs a scenario with real cryptography and prints its trace (events, checks, summary).")
final class RunCommand implements Callable<Integer> {

    private final ScenarioCatalog catalog;

    @Mixin
    ScenarioArguments scenario;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); json is the trustflow-trace/2 file format.")
    OutputFormat format;

    @Spec
    CommandSpec spec;

    RunCommand(ScenarioCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Integer call() {
        Trace trace = scenario.run(catalog);
        var out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            out.println(new TraceCodec().toJson(trace));
        } else {
            out.print(new TraceTextPrinter().print(trace));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
