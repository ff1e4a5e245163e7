package dev.trustflow.app.notice;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The notice currently shown, if any. Call on the FX thread. */
public final class Notifications {

    private final ReadOnlyObjectWrapper<Notice> current = new ReadOnlyObjectWrapper<>(this, "current");
    private long counter;

    public void info(String text) {
        current.set(new Notice(++counter, Notice.Level.INFO, oneLine(text)));
    }

    public void error(String text) {
        current.set(new Notice(++counter, Notice.Level.ERROR, oneLine(text)));
    }

    public void dismiss() {
        current.set(null);
    }

    public ReadOnlyObjectProperty<Notice> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Notice getCurrent() {
        return current.get();
    }

    static String oneLine(String text) {
        String s = text == null || text.isBlank() ? "Something went wrong" : text.strip();
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl).strip();
    }
}
