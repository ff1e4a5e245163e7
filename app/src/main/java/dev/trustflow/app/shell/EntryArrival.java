package dev.trustflow.app.shell;

import dev.trustflow.app.entry.BrowserEntry;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * Hands over the browser entry with a given id as soon as it is in the list: lessons reach the browser after a
 * background load, so an entry asked for at startup may not be there yet. Gives up (empty) after a timeout.
 */
final class EntryArrival {

    private EntryArrival() {
    }

    /** On the FX thread; {@code then} runs once, on the FX thread, with the entry or empty after {@code timeout}. */
    static void await(ObservableList<BrowserEntry> entries, String id, Duration timeout,
                      Consumer<Optional<BrowserEntry>> then) {
        Optional<BrowserEntry> now = find(entries, id);
        if (now.isPresent()) {
            then.accept(now);
            return;
        }
        PauseTransition giveUp = new PauseTransition(timeout);
        ListChangeListener<BrowserEntry> arrived = new ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends BrowserEntry> change) {
                Optional<BrowserEntry> entry = find(entries, id);
                if (entry.isPresent()) {
                    entries.removeListener(this);
                    giveUp.stop();
                    then.accept(entry);
                }
            }
        };
        giveUp.setOnFinished(e -> {
            entries.removeListener(arrived);
            then.accept(Optional.empty());
        });
        entries.addListener(arrived);
        giveUp.play();
    }

    static Optional<BrowserEntry> find(ObservableList<BrowserEntry> entries, String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
