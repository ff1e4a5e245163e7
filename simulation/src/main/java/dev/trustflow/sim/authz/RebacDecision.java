package dev.trustflow.sim.authz;

import java.util.List;

/**
 * The outcome of one ReBAC check.
 *
 * @param allowed whether the user has the relation
 * @param path    when allowed: the steps walked from the asked userset down to the user (each a tuple or a
 *                rewrite); when denied: empty
 * @param visited every userset the check looked at, in the order it looked
 */
public record RebacDecision(boolean allowed, List<String> path, List<String> visited) {

    public RebacDecision {
        path = List.copyOf(path);
        visited = List.copyOf(visited);
    }

    /** The path as one line, steps joined by arrows. */
    public String pathText() {
        return String.join(" → ", path);
    }
}
