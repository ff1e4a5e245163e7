package dev.trustflow.sim.cli;

import dev.trustflow.sim.scenario.OptionException;
import dev.trustflow.sim.scenario.OptionSpec;
import dev.trustflow.sim.scenario.RecordedRun;
import dev.trustflow.sim.scenario.Options;
import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.scenario.ScenarioCatalog;
import dev.trustflow.sim.scenario.ScenarioRunner;
import dev.trustflow.sim.trace.Trace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** What {@code run} and {@code export} share: the scenario id, its seed and its what-if settings. */
final class ScenarioArguments {

    /** The seed when none is given, so that two runs without {@code --seed} tell the same story. */
    static final long DEFAULT_SEED = 42;

    @Parameters(index = "0", paramLabel = "<scenario>",
            description = "Scenario id, as 'trustflow-cli list' shows it.")
    String scenarioId;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + DEFAULT_SEED, converter = SeedConverter.class,
            description = "Seed of the run's decisions (a whole number; default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--set", paramLabel = "key=value",
            description = "Change one what-if option of the scenario; repeat for more.")
    List<String> settings = new ArrayList<>();

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** Looks up the scenario, applies the settings and runs it; a mistake is a usage error naming what is allowed. */
    Trace run(ScenarioCatalog catalog) {
        return runRecorded(catalog).trace();
    }

    /** Like {@link #run(ScenarioCatalog)}, with the TLS connections the run opened. */
    RecordedRun runRecorded(ScenarioCatalog catalog) {
        Scenario scenario = scenario(catalog);
        Options options;
        try {
            options = Options.defaults(scenario.options()).withRaw(settings(scenario));
        } catch (OptionException e) {
            throw usage(e.getMessage());
        }
        return new ScenarioRunner().runRecorded(scenario, options, seed);
    }

    private Scenario scenario(ScenarioCatalog catalog) {
        if (catalog.all().isEmpty()) {
            throw usage("unknown scenario '" + scenarioId + "'; no scenarios are installed");
        }
        try {
            return catalog.require(scenarioId);
        } catch (OptionException e) {
            throw usage(e.getMessage());
        }
    }

    private Map<String, String> settings(Scenario scenario) {
        Map<String, String> raw = new LinkedHashMap<>();
        for (String setting : settings) {
            int eq = setting.indexOf('=');
            if (eq <= 0) {
                throw usage("--set '" + setting + "' is not key=value; " + optionKeys(scenario));
            }
            raw.put(setting.substring(0, eq).strip(), setting.substring(eq + 1));
        }
        return raw;
    }

    private static String optionKeys(Scenario scenario) {
        List<String> keys = scenario.options().stream().map(OptionSpec::key).toList();
        return keys.isEmpty() ? scenario.id() + " has no options"
                : "options of " + scenario.id() + ": " + String.join(", ", keys);
    }

    private ParameterException usage(String message) {
        return new ParameterException(mixee.commandLine(), message);
    }

    /** Reads a seed, saying what a seed is when the text is not one. */
    static final class SeedConverter implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return Long.parseLong(value.strip());
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + value
                        + "' is not a whole number; a seed is an integer such as 42 (64-bit, may be negative)");
            }
        }
    }
}
