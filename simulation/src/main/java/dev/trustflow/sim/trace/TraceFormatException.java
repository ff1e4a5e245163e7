package dev.trustflow.sim.trace;

/** A trace file that cannot be used; the message names the file, the line or field, and what is wrong. */
public final class TraceFormatException extends Exception {
    public TraceFormatException(String message) {
        super(message);
    }

    public TraceFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
