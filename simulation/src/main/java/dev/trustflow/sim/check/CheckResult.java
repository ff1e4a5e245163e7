package dev.trustflow.sim.check;

import java.util.Objects;

/**
 * The outcome of one real check.
 *
 * @param check  stable id such as {@code jwt.signature}; lower case, dotted
 * @param passed whether the check passed
 * @param reason what happened, in plain words (for a pass: what was verified; for a failure: why)
 */
public record CheckResult(String check, boolean passed, String reason) {

    public CheckResult {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(reason, "reason");
    }

    public static CheckResult pass(String check, String reason) {
        return new CheckResult(check, true, reason);
    }

    public static CheckResult fail(String check, String reason) {
        return new CheckResult(check, false, reason);
    }
}
