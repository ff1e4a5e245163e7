package dev.trustflow.app.workbench;

import dev.trustflow.app.inspector.CheckRow;
import dev.trustflow.app.inspector.TokenDisplay;
import java.util.List;

/**
 * The outcome of one verification in the workbench.
 *
 * @param token       the token decoded for display, or null if it could not be decoded
 * @param checks      every check the verifier ran, in order (empty if the input was refused)
 * @param verdict     valid, rejected, or none (input refused before verifying)
 * @param verdictText the verdict in words
 * @param message     what is wrong with the input, or empty
 */
public record WorkbenchResult(TokenDisplay token, List<CheckRow> checks, Verdict verdict, String verdictText,
                              String message) {

    /** Whether the token passed every check. */
    public enum Verdict { NONE, VALID, REJECTED }

    public WorkbenchResult {
        checks = List.copyOf(checks);
        message = message == null ? "" : message;
    }

    static WorkbenchResult refused(String message) {
        return new WorkbenchResult(null, List.of(), Verdict.NONE, "", message);
    }
}
