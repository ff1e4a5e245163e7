package dev.trustflow.app.inspector;

import java.util.function.Consumer;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** Puts text on the system clipboard; give it to a view-model as its clipboard. Call on the FX thread. */
public final class SystemClipboard implements Consumer<String> {

    @Override
    public void accept(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
