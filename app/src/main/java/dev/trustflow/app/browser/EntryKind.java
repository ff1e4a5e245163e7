package dev.trustflow.app.browser;

import java.util.Locale;

/** What a browser entry is; the view shows it as a small badge and styles it by {@link #styleClass()}. */
public enum EntryKind {
    SCENARIO("Scenario"),
    LESSON("Lesson");

    private final String label;

    EntryKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String styleClass() {
        return "entry-" + name().toLowerCase(Locale.ROOT);
    }
}
