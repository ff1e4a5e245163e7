package dev.trustflow.app.inspector;

import dev.trustflow.sim.check.CheckExplanation;
import dev.trustflow.sim.check.CheckExplanations;
import dev.trustflow.sim.check.CheckResult;
import java.util.Objects;
import java.util.Optional;

/**
 * One check in a report.
 *
 * @param id          check id ({@code jwt.exp})
 * @param passed      whether it passed
 * @param reason      what happened, in plain words
 * @param current     true for the check at the player's cursor
 * @param ahead       true for a check that comes after the cursor (not yet reached in the replay)
 * @param explanation why the check exists, or null if the catalogue has none for this id
 */
public record CheckRow(String id, boolean passed, String reason, boolean current, boolean ahead,
                       CheckExplanation explanation) {

    public CheckRow {
        Objects.requireNonNull(id, "id");
        reason = reason == null ? "" : reason;
    }

    /** A row for a check outside any replay (the token workbench): never current, never ahead. */
    public static CheckRow of(CheckResult result, CheckExplanations explanations) {
        return new CheckRow(result.check(), result.passed(), result.reason(), false, false,
                explanations.find(result.check()).orElse(null));
    }

    public Optional<CheckExplanation> explanationIfAny() {
        return Optional.ofNullable(explanation);
    }

    /** The explanation as Markdown, or a line saying there is none. */
    public String explanationMarkdown() {
        return explanation != null ? explanation.markdown()
                : "### " + id + "\n\nTrustFlow has no explanation of `" + id + "` in its catalogue.\n";
    }
}
