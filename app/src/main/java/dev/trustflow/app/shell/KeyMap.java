package dev.trustflow.app.shell;

import dev.trustflow.app.player.StepCursor;
import dev.trustflow.app.window.WindowModel;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.scene.input.KeyCode;

/**
 * Single keys (no Ctrl, Alt or Meta; Shift allowed for {@code +}) and the view-model commands they run.
 * Ctrl+O / Ctrl+S are menu accelerators, not here.
 */
public final class KeyMap {

    private final Map<KeyCode, Runnable> commands = new EnumMap<>(KeyCode.class);
    /** Keys that are ours only while their condition holds; otherwise they go on to the focused view. */
    private final Map<KeyCode, BooleanSupplier> conditions = new EnumMap<>(KeyCode.class);

    public KeyMap bind(Runnable command, KeyCode... keys) {
        for (KeyCode key : keys) {
            commands.put(key, command);
            conditions.remove(key);
        }
        return this;
    }

    /** Binds {@code keys} to {@code command} only while {@code active} holds (Esc while a breach is shown). */
    public KeyMap bindWhile(BooleanSupplier active, Runnable command, KeyCode... keys) {
        bind(command, keys);
        for (KeyCode key : keys) {
            conditions.put(key, active);
        }
        return this;
    }

    /** The command for a key press, if it is one of ours (now) and no command modifier is held. */
    public Optional<Runnable> commandFor(KeyCode key, boolean control, boolean alt, boolean meta) {
        if (control || alt || meta || !conditions.getOrDefault(key, () -> true).getAsBoolean()) {
            return Optional.empty();
        }
        return Optional.ofNullable(commands.get(key));
    }

    /** Space, Right/PageDown, Left/PageUp, Home, End, +/-, F. */
    public static KeyMap transport(StepCursor steps, WindowModel window) {
        return new KeyMap()
                .bind(steps::toggle, KeyCode.SPACE)
                .bind(steps::stepForward, KeyCode.RIGHT, KeyCode.PAGE_DOWN, KeyCode.KP_RIGHT)
                .bind(steps::stepBack, KeyCode.LEFT, KeyCode.PAGE_UP, KeyCode.KP_LEFT)
                .bind(steps::restart, KeyCode.HOME)
                .bind(steps::end, KeyCode.END)
                .bind(steps::faster, KeyCode.PLUS, KeyCode.ADD, KeyCode.EQUALS)
                .bind(steps::slower, KeyCode.MINUS, KeyCode.SUBTRACT, KeyCode.UNDERSCORE)
                .bind(window::toggleFullScreen, KeyCode.F);
    }

    /** The same transport keys on the side-by-side comparison, and Esc to close it. */
    public static KeyMap compare(StepCursor transport, Runnable close, WindowModel window) {
        return transport(transport, window).bind(close, KeyCode.ESCAPE);
    }
}
