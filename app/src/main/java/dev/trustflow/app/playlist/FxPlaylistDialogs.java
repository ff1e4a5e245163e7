package dev.trustflow.app.playlist;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Native file choosers for playlists and traces; remembers the last folder used. */
public final class FxPlaylistDialogs implements PlaylistDialogs {

    private static final FileChooser.ExtensionFilter PLAYLISTS =
            new FileChooser.ExtensionFilter("TrustFlow playlists (*" + PlaylistCodec.SUFFIX + ")",
                    "*" + PlaylistCodec.SUFFIX);
    private static final FileChooser.ExtensionFilter TRACES =
            new FileChooser.ExtensionFilter("TrustFlow traces (*.json)", "*.json");

    private final Supplier<Window> owner;
    private File lastFolder;

    public FxPlaylistDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> choosePlaylistToOpen() {
        return remember(chooser("Open playlist", PLAYLISTS).showOpenDialog(owner.get()));
    }

    @Override
    public Optional<Path> choosePlaylistToSave(String suggestedName) {
        FileChooser chooser = chooser("Save playlist", PLAYLISTS);
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner.get()));
    }

    @Override
    public Optional<Path> chooseTrace() {
        return remember(chooser("Add a saved trace", TRACES).showOpenDialog(owner.get()));
    }

    private FileChooser chooser(String title, FileChooser.ExtensionFilter filter) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().setAll(filter, new FileChooser.ExtensionFilter("All files", "*"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(file.toPath());
    }
}
