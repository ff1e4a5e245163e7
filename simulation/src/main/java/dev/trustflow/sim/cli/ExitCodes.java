package dev.trustflow.sim.cli;

/** The CLI's exit codes, the same for every command. */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** A check that ran and failed (an invalid token, a broken lesson, a bad trace file). */
    public static final int CHECK_FAILED = 1;
    /** A usage error: unknown command, option, scenario or value. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
