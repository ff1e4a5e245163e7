package dev.trustflow.sim.vault;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The vault's audit log: one line per access, written before the answer goes out, whether the access was allowed
 * or refused. It names who (the authenticated identity, or the presented one for a failed login), what (operation
 * and path), the outcome and the lease or key id; never a secret itself.
 */
public final class AuditLog {

    private final List<String> lines = new ArrayList<>();

    /** Appends one access and returns its line. */
    public String append(Instant at, String identity, String operation, String path, String outcome,
                         String detail) {
        String line = at + " " + identity + " " + operation + " " + path + " -> " + outcome
                + (detail == null || detail.isEmpty() ? "" : " (" + detail + ")");
        lines.add(line);
        return line;
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    public String text() {
        return String.join("\n", lines) + (lines.isEmpty() ? "" : "\n");
    }
}
