package dev.trustflow.app.presenter;

import dev.trustflow.app.player.Player;
import dev.trustflow.app.session.ScenarioSession;
import dev.trustflow.app.window.ThemeModel;
import dev.trustflow.app.window.WindowModel;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Presenter mode: on entering, full screen and the projector theme go on (and come back as they were on
 * leaving); while on, B blacks the screen out and the view shows a thin progress bar and the seed. Leaving
 * full screen by other means (the window's own Esc) leaves presenter mode too. Also the text size. No nodes.
 */
public final class PresenterModel {

    private final ThemeModel themes;
    private final WindowModel window;
    private final ReadOnlyBooleanWrapper presenting = new ReadOnlyBooleanWrapper(this, "presenting");
    private final ReadOnlyBooleanWrapper blackout = new ReadOnlyBooleanWrapper(this, "blackout");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper seedText = new ReadOnlyStringWrapper(this, "seedText");
    private boolean projectorBefore;
    private boolean fullScreenOurs;

    public PresenterModel(ThemeModel themes, WindowModel window, Player player, ScenarioSession session) {
        this.themes = Objects.requireNonNull(themes, "themes");
        this.window = Objects.requireNonNull(window, "window");
        progress.bind(Bindings.createDoubleBinding(
                () -> player.sizeProperty().get() == 0 ? 0.0
                        : (player.getCursor() + 1) / (double) player.sizeProperty().get(),
                player.cursorProperty(), player.sizeProperty()));
        seedText.bind(Bindings.createStringBinding(() -> "seed " + session.getSeed(), session.seedProperty()));
        window.fullScreenProperty().addListener((obs, was, on) -> {
            if (!on && presenting.get() && fullScreenOurs) {
                fullScreenOurs = false;
                leave();
            }
        });
    }

    /** P: in or out. */
    public void toggle() {
        if (presenting.get()) {
            leave();
        } else {
            enter();
        }
    }

    /** Full screen, projector theme, no chrome. */
    public void enter() {
        present(true);
    }

    /** Presenter mode, in full screen or (for a snapshot at a chosen size) in the window as it is. */
    public void present(boolean fullScreen) {
        if (presenting.get()) {
            return;
        }
        projectorBefore = themes.isProjector();
        themes.projectorProperty().set(true);
        fullScreenOurs = fullScreen && !window.isFullScreen();
        presenting.set(true);
        if (fullScreenOurs) {
            window.setFullScreen(true);
        }
    }

    /** Esc: everything back as it was before presenter mode. */
    public void leave() {
        if (!presenting.get()) {
            return;
        }
        presenting.set(false);
        blackout.set(false);
        themes.projectorProperty().set(projectorBefore);
        if (fullScreenOurs) {
            fullScreenOurs = false;
            window.setFullScreen(false);
        }
    }

    /** B: a black screen and back; only while presenting. */
    public void toggleBlackout() {
        if (presenting.get()) {
            blackout.set(!blackout.get());
        }
    }

    /** Ctrl+Plus. */
    public void largerText() {
        themes.fontScaleProperty().set(FontScale.larger(themes.getFontScale()));
    }

    /** Ctrl+Minus. */
    public void smallerText() {
        themes.fontScaleProperty().set(FontScale.smaller(themes.getFontScale()));
    }

    /** Ctrl+0. */
    public void resetText() {
        themes.fontScaleProperty().set(FontScale.MIN);
    }

    public ReadOnlyBooleanProperty presentingProperty() {
        return presenting.getReadOnlyProperty();
    }

    public boolean isPresenting() {
        return presenting.get();
    }

    public ReadOnlyBooleanProperty blackoutProperty() {
        return blackout.getReadOnlyProperty();
    }

    public boolean isBlackout() {
        return blackout.get();
    }

    /** 0 before the first step, 1 at the last. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** {@code seed 42}, shown discreetly in a corner while presenting. */
    public ReadOnlyStringProperty seedTextProperty() {
        return seedText.getReadOnlyProperty();
    }
}
