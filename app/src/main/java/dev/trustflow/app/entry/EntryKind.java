package dev.trustflow.app.entry;

import java.util.Locale;

/** What a browser entry is; the view shows it as a small badge and styles it by {@link #styleClass()}. */
public enum EntryKind {
    SCENARIO("Scenario", true),
    LESSON("Lesson", true),
    /** A group heading: a topic of lessons, or the bare scenarios. */
    TOPIC("", false),
    /** A lesson file in the user's folder that could not be read. */
    PROBLEM("Broken lesson file", false);

    private final String label;
    private final boolean runnable;

    EntryKind(String label, boolean runnable) {
        this.label = label;
        this.runnable = runnable;
    }

    public String label() {
        return label;
    }

    /** Whether an entry of this kind runs a scenario when opened. */
    public boolean runnable() {
        return runnable;
    }

    public String styleClass() {
        return "entry-" + name().toLowerCase(Locale.ROOT);
    }
}
