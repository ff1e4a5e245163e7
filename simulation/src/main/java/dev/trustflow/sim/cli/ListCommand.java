package dev.trustflow.sim.cli;

import dev.trustflow.sim.scenario.ScenarioCatalog;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code list}: every scenario with its what-if options. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists the scenarios: id, title, description and what-if options (key, type, default, choices).")
final class ListCommand implements Callable<Integer> {

    private final ScenarioCatalog catalog;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Spec
    CommandSpec spec;

    ListCommand(ScenarioCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Integer call() {
        ScenarioListing listing = new ScenarioListing(catalog.all());
        var out = spec.commandLine().getOut();
        out.print(format == OutputFormat.json ? listing.json() : listing.text());
        out.flush();
        return ExitCodes.OK;
    }
}
