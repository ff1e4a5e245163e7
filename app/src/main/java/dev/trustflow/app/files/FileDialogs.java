package dev.trustflow.app.files;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the person for a file; empty when they cancel. The app uses {@link FxFileDialogs}, tests a fake. */
public interface FileDialogs {

    Optional<Path> chooseTraceToOpen();

    Optional<Path> chooseTraceToSave(String suggestedName);
}
