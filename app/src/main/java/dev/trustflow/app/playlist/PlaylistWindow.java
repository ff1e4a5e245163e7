package dev.trustflow.app.playlist;

import dev.trustflow.app.window.SecondaryWindow;
import dev.trustflow.app.window.ThemeModel;
import javafx.stage.Window;

/**
 * The playlist's own window: the {@link PlaylistPanel} in a {@link SecondaryWindow} that follows the theme, and
 * native file choosers, both handed to the main window's {@link PlaylistModel} (which drives them). The model
 * itself is the main window's: its keys step through the playlist.
 */
public final class PlaylistWindow {

    public static final double WIDTH = 620;
    public static final double HEIGHT = 460;

    private PlaylistWindow() {
    }

    /** Gives {@code playlist} its dialogs and its window, owned by {@code owner}. */
    public static void attach(PlaylistModel playlist, ThemeModel themes, Window owner) {
        playlist.setDialogs(new FxPlaylistDialogs(() -> owner));
        playlist.setPanelOpener(new SecondaryWindow("Playlist", () -> new PlaylistPanel(playlist), WIDTH, HEIGHT,
                themes, owner)::show);
    }
}
