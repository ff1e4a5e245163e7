package dev.trustflow.sim.scenario;

/** A what-if value that is not allowed; the message names the option, the value and what is allowed. */
public final class OptionException extends IllegalArgumentException {
    public OptionException(String message) {
        super(message);
    }
}
