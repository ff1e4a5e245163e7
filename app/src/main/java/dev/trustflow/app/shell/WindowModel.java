package dev.trustflow.app.shell;

import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Window state the menus and keys change: full screen, the title; quitting. No nodes. */
public final class WindowModel {

    public static final String APP_NAME = "TrustFlow";

    private final ReadOnlyBooleanWrapper fullScreen = new ReadOnlyBooleanWrapper(this, "fullScreen");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", APP_NAME);
    private final Runnable quit;

    public WindowModel(Runnable quit) {
        this.quit = Objects.requireNonNull(quit, "quit");
    }

    public void toggleFullScreen() {
        fullScreen.set(!fullScreen.get());
    }

    /** The window reports full screen changes it made itself (Esc). */
    public void setFullScreen(boolean on) {
        fullScreen.set(on);
    }

    /** {@code TrustFlow — Courier with a MAC}. */
    public void showing(String what) {
        title.set(what == null || what.isBlank() ? APP_NAME : APP_NAME + " — " + what);
    }

    public void quit() {
        quit.run();
    }

    public ReadOnlyBooleanProperty fullScreenProperty() {
        return fullScreen.getReadOnlyProperty();
    }

    public boolean isFullScreen() {
        return fullScreen.get();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}
