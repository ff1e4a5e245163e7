package dev.trustflow.sim.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * An exception a command did not expect is a bug, not a user mistake: it is reported with its stack trace
 * (so it can be filed) and exit code 1. Commands handle the failures they expect (a bad trace file, a
 * folder that cannot be written) themselves, with a one-line message.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        err.println(cmd.getCommandSpec().qualifiedName() + ": internal error: " + ex);
        ex.printStackTrace(err);
        err.flush();
        return ExitCodes.CHECK_FAILED;
    }
}
