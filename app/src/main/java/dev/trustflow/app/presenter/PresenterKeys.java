package dev.trustflow.app.presenter;

import java.util.Objects;
import java.util.Optional;
import javafx.scene.input.KeyCode;

/**
 * The presenter's keys, beside the transport keys of KeyMap (which clickers already send: PageDown/PageUp,
 * Right/Left, Space). Anywhere: P toggles presenter mode, Ctrl+Plus / Ctrl+Minus / Ctrl+0 change the text
 * size. While presenting: B (or a clicker's '.') black screen, Esc leave, N / Shift+N next / previous
 * playlist item.
 */
public final class PresenterKeys {

    private final PresenterModel presenter;
    private final Runnable nextItem;
    private final Runnable previousItem;

    public PresenterKeys(PresenterModel presenter, Runnable nextItem, Runnable previousItem) {
        this.presenter = Objects.requireNonNull(presenter, "presenter");
        this.nextItem = Objects.requireNonNull(nextItem, "nextItem");
        this.previousItem = Objects.requireNonNull(previousItem, "previousItem");
    }

    /**
     * The command for a key press, if it is ours.
     *
     * @param inTextField the key went to an editable text field: plain letters are typing, not commands
     */
    public Optional<Runnable> commandFor(KeyCode key, boolean shift, boolean shortcut, boolean alt,
                                         boolean inTextField) {
        if (alt) {
            return Optional.empty();
        }
        if (shortcut) {
            return textSize(key);
        }
        if (inTextField) {
            return Optional.empty();
        }
        if (key == KeyCode.P && !shift) {
            return Optional.of(presenter::toggle);
        }
        if (!presenter.isPresenting()) {
            return Optional.empty();
        }
        switch (key) {
            case B:
            case PERIOD:
                return Optional.of(presenter::toggleBlackout);
            case ESCAPE:
                return Optional.of(presenter::leave);
            case N:
                return Optional.of(shift ? previousItem : nextItem);
            default:
                return Optional.empty();
        }
    }

    private Optional<Runnable> textSize(KeyCode key) {
        switch (key) {
            case PLUS:
            case ADD:
            case EQUALS:
                return Optional.of(presenter::largerText);
            case MINUS:
            case SUBTRACT:
                return Optional.of(presenter::smallerText);
            case DIGIT0:
            case NUMPAD0:
                return Optional.of(presenter::resetText);
            default:
                return Optional.empty();
        }
    }
}
