package dev.trustflow.sim.cli;

import dev.trustflow.sim.export.TlsCaptureFiles;
import dev.trustflow.sim.scenario.ScenarioCatalog;
import dev.trustflow.sim.scenario.RecordedRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code export}: runs one scenario and writes its trace and artifacts into a folder. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Runs a scenario and writes trace.json, trace.mmd (a Mermaid sequence diagram) and each "
                + "artifact as its own file (JWT, JWKS, PEM, text); a run whose world has links also "
                + "attack-graph.json and attack-graph.dot (GraphViz): the hops its rules allow or refuse and "
                + "what each actor holds at the end; a run with TLS connections also "
                + "handshake.pcapng (Wireshark decrypts it with the secrets inside) and sslkeylog.txt.")
final class ExportCommand implements Callable<Integer> {

    private final ScenarioCatalog catalog;

    @Mixin
    ScenarioArguments scenario;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Folder to write into (created if missing; files of the same name are replaced).")
    Path out;

    @Spec
    CommandSpec spec;

    ExportCommand(ScenarioCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Integer call() {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new ParameterException(spec.commandLine(),
                    "--out '" + out + "' is a file; expected a folder (existing or new)");
        }
        RecordedRun run = scenario.runRecorded(catalog);
        ArtifactExporter.Result result;
        try {
            result = new ArtifactExporter().export(run.trace(), run.tlsConnections(), out);
        } catch (IOException e) {
            spec.commandLine().getErr().println("cannot write into '" + out + "': " + e);
            spec.commandLine().getErr().flush();
            return ExitCodes.CHECK_FAILED;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("wrote " + result.written().size() + " files to " + out.toAbsolutePath().normalize() + ":");
        result.written().forEach(f -> stdout.println("  " + f.getFileName()));
        if (!result.skipped().isEmpty()) {
            stdout.println("not written: " + result.skipped().size()
                    + " tls-record artifacts (they are in trace.json"
                    + (run.tlsConnections().isEmpty() ? ")" : " and " + TlsCaptureFiles.PCAPNG + ")"));
        }
        stdout.flush();
        return ExitCodes.OK;
    }
}
