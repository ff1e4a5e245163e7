package dev.trustflow.sim.check;

import java.util.Objects;

/**
 * Why a check exists, as data a student can read beside the check's outcome. Fields may use inline Markdown
 * ({@code `code`}, {@code **strong**}).
 *
 * @param id       the check id ({@code jwt.exp})
 * @param title    a short name for a person ("The token has not expired")
 * @param defends  what the check defends against
 * @param bypasses how attackers try to get past it, and why the check stops them (or where it stops short)
 * @param spec     the standards behind it, with sections ("RFC 7519 section 4.1.4")
 */
public record CheckExplanation(String id, String title, String defends, String bypasses, String spec) {

    public CheckExplanation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(defends, "defends");
        Objects.requireNonNull(bypasses, "bypasses");
        Objects.requireNonNull(spec, "spec");
    }

    /** The explanation as one Markdown document: a heading, then the three parts under bold lead-ins. */
    public String markdown() {
        return "### " + title + "\n\n"
                + "`" + id + "`\n\n"
                + "**What it defends against.** " + defends.strip() + "\n\n"
                + "**How attackers try to get past it.** " + bypasses.strip() + "\n\n"
                + "**The spec behind it.** " + spec.strip() + "\n";
    }
}
