package dev.trustflow.app.entry;

/** How far a student got with a lesson, as the browser marks it. */
public enum EntryMark {
    NONE("", "mark-none"),
    IN_PROGRESS("In progress", "mark-in-progress"),
    DONE("Done ✓", "mark-done");

    private final String label;
    private final String styleClass;

    EntryMark(String label, String styleClass) {
        this.label = label;
        this.styleClass = styleClass;
    }

    public String label() {
        return label;
    }

    public String styleClass() {
        return styleClass;
    }
}
