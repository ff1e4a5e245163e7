package dev.trustflow.sim.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A user's mistake on the command line (unknown command, option or scenario, a bad value): one line that
 * names what is wrong and what is allowed, a pointer to the command's help, exit code 2. No stack trace.
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(describe(ex));
        err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return ExitCodes.USAGE;
    }

    static String describe(ParameterException ex) {
        CommandSpec spec = ex.getCommandLine().getCommandSpec();
        if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String first = unmatched.getUnmatched().get(0);
            if (first.startsWith("-") && first.length() > 1) {
                return "unknown option '" + first + "'; allowed: " + String.join(", ", visibleOptions(spec));
            }
            if (!spec.subcommands().isEmpty()) {
                return "unknown command '" + first + "'; known: " + String.join(", ", visibleCommands(spec));
            }
            return "unexpected argument '" + first + "'" + (spec.positionalParameters().isEmpty()
                    ? "; " + spec.name() + " takes no arguments" : "");
        }
        return oneLine(ex.getMessage());
    }

    /** The names of the subcommands the usage help shows, in declaration order. */
    static List<String> visibleCommands(CommandSpec spec) {
        return spec.subcommands().values().stream()
                .map(CommandLine::getCommandSpec)
                .filter(s -> !s.usageMessage().hidden())
                .map(CommandSpec::name)
                .distinct()
                .toList();
    }

    private static List<String> visibleOptions(CommandSpec spec) {
        return spec.options().stream()
                .filter(o -> !o.hidden())
                .map(OptionSpec::longestName)
                .toList();
    }

    private static String oneLine(String message) {
        String text = Objects.requireNonNullElse(message, "invalid arguments").strip();
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl).strip();
    }
}
