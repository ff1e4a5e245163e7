package dev.trustflow.app.window;

import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Window state the menus and keys change: full screen, the inspector shown or put away, the title; quitting. No nodes. */
public final class WindowModel {

    public static final String APP_NAME = "TrustFlow";

    private final ReadOnlyBooleanWrapper fullScreen = new ReadOnlyBooleanWrapper(this, "fullScreen");
    private final ReadOnlyBooleanWrapper inspectorPutAway = new ReadOnlyBooleanWrapper(this, "inspectorPutAway");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", APP_NAME);
    private final Runnable quit;
    private Runnable workbench = () -> { };
    private final ReadOnlyStringWrapper lessonsFolder = new ReadOnlyStringWrapper(this, "lessonsFolder", "");
    private Runnable lessonsFolderOpener = () -> { };

    public WindowModel(Runnable quit) {
        this.quit = Objects.requireNonNull(quit, "quit");
    }

    public void toggleFullScreen() {
        fullScreen.set(!fullScreen.get());
    }

    /**
     * Puts the inspector away (the stage then has its width: at 1280x800 a five-zone world is drawn at nearly twice
     * the size) or brings it back.
     */
    public void toggleInspector() {
        inspectorPutAway.set(!inspectorPutAway.get());
    }

    /** The stored choice, at start (see {@code learn.SettingsSync}). */
    public void setInspectorPutAway(boolean away) {
        inspectorPutAway.set(away);
    }

    public ReadOnlyBooleanProperty inspectorPutAwayProperty() {
        return inspectorPutAway.getReadOnlyProperty();
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

    /** Opens the token workbench (the app registers how, see {@link #setWorkbenchOpener}). */
    public void openWorkbench() {
        workbench.run();
    }

    public void setWorkbenchOpener(Runnable opener) {
        this.workbench = Objects.requireNonNull(opener, "opener");
    }

    /** Opens the user's lessons folder (the app registers how, see {@link #setLessonsFolder}). */
    public void openLessonsFolder() {
        lessonsFolderOpener.run();
    }

    /** Where the user's lessons are (shown in the menu) and how to open that folder. */
    public void setLessonsFolder(String path, Runnable opener) {
        lessonsFolder.set(Objects.requireNonNull(path, "path"));
        this.lessonsFolderOpener = Objects.requireNonNull(opener, "opener");
    }

    /** The user's lessons folder as text; empty when this app has none. */
    public ReadOnlyStringProperty lessonsFolderProperty() {
        return lessonsFolder.getReadOnlyProperty();
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
