package dev.trustflow.sim.cli;

import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceCodec;
import dev.trustflow.sim.trace.TraceFormatException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code show}: validates a saved trace and prints it; an invalid file is a failed check (exit code 1). */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Validates a saved trace file and prints it; an invalid file gets one line saying where and what is wrong.")
final class ShowCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<trace.json>", description = "A trace written by 'run --format json' or 'export'.")
    Path file;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        TraceCodec codec = new TraceCodec();
        Trace trace;
        try {
            trace = codec.read(file);
        } catch (TraceFormatException e) {
            spec.commandLine().getErr().println(e.getMessage());
            spec.commandLine().getErr().flush();
            return ExitCodes.CHECK_FAILED;
        }
        var out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            out.println(codec.toJson(trace));
        } else {
            out.print(new TraceTextPrinter().print(trace));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
