package dev.trustflow.app.playlist;

import java.nio.file.Path;
import java.util.Optional;

/** Asks for a playlist or trace file; empty when the person cancels. The app uses {@link FxPlaylistDialogs}. */
public interface PlaylistDialogs {

    /** Until the app registers real dialogs: every question is cancelled. */
    PlaylistDialogs NONE = new PlaylistDialogs() {
        @Override
        public Optional<Path> choosePlaylistToOpen() {
            return Optional.empty();
        }

        @Override
        public Optional<Path> choosePlaylistToSave(String suggestedName) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseTrace() {
            return Optional.empty();
        }
    };

    Optional<Path> choosePlaylistToOpen();

    Optional<Path> choosePlaylistToSave(String suggestedName);

    Optional<Path> chooseTrace();
}
