package dev.trustflow.app.export;

import java.nio.file.Path;
import java.util.Optional;

/** Asks where to export; empty when the person cancels. The app uses {@link FxExportDialogs}, tests a fake. */
public interface ExportDialogs {

    /**
     * @param title         the dialog's title
     * @param suggestedName the file name offered
     * @param description   what the files are ({@code PNG picture})
     * @param extension     their extension without the dot ({@code png})
     */
    Optional<Path> chooseTarget(String title, String suggestedName, String description, String extension);
}
