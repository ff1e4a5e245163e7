package dev.trustflow.app.handshake;

import dev.trustflow.sim.trace.TraceEvent;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the handshake view shows for the event at the player's cursor: for a {@code tls.message} that carries its
 * handshake data, the message's fields, its records on the wire and the key schedule so far; nothing otherwise.
 * Plain Java with JavaFX properties; call it on the FX thread. Reading the data (JSON, hex) runs on
 * {@code background} and lands through {@code fx}, dropped if another event is shown by then.
 */
public final class HandshakeViewModel {

    private final Executor background;
    private final Executor fx;
    private final Consumer<String> clipboard;
    private final ReadOnlyObjectWrapper<HandshakeDisplay> display = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    /** Counts the events shown, so that a reading for an event no longer shown is dropped. */
    private long shown;

    /**
     * @param background where the handshake data is read (never the FX thread in the app)
     * @param fx         how results come back to the FX thread ({@code Platform::runLater})
     * @param clipboard  receives a secret's full value to copy
     */
    public HandshakeViewModel(Executor background, Executor fx, Consumer<String> clipboard) {
        this.background = Objects.requireNonNull(background, "background");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.clipboard = Objects.requireNonNull(clipboard, "clipboard");
    }

    /** Shows {@code event}'s handshake, if it carries one. */
    public void show(TraceEvent event) {
        long generation = ++shown;
        display.set(null);
        problem.set("");
        status.set("");
        background.execute(() -> {
            Optional<HandshakeDisplay> read;
            String trouble = "";
            try {
                read = HandshakeDisplays.of(event);
            } catch (Exception e) {
                read = Optional.empty();
                trouble = "The handshake data of this event cannot be read: " + e.getMessage();
            }
            HandshakeDisplay result = read.orElse(null);
            String message = trouble;
            fx.execute(() -> {
                if (generation == shown) {
                    display.set(result);
                    problem.set(message);
                }
            });
        });
    }

    /** Shows nothing. */
    public void clear() {
        shown++;
        display.set(null);
        problem.set("");
        status.set("");
    }

    /** Puts the secret's whole value on the clipboard. */
    public void copy(SecretRow secret) {
        if (secret == null) {
            return;
        }
        clipboard.accept(secret.value());
        status.set("Copied " + secret.label() + " (" + secret.value().length() / 2 + " bytes) to the clipboard.");
    }

    /** The handshake shown, or null when the event carries none (or it is still being read). */
    public ReadOnlyObjectProperty<HandshakeDisplay> displayProperty() {
        return display.getReadOnlyProperty();
    }

    /** Why the event's handshake data could not be read, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The outcome of the last copy. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
