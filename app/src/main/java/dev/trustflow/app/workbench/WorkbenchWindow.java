package dev.trustflow.app.workbench;

import dev.trustflow.app.window.SecondaryWindow;
import dev.trustflow.app.window.ThemeModel;
import dev.trustflow.sim.check.CheckExplanations;
import java.time.Clock;
import java.util.concurrent.Executor;
import javafx.stage.Window;

/**
 * The token workbench's window: its view-model (checks on {@code background}, results on {@code fx}) and the
 * {@link SecondaryWindow} that shows it, made on first use and following the theme.
 */
public final class WorkbenchWindow {

    public static final double WIDTH = 1100;
    public static final double HEIGHT = 760;

    private final TokenWorkbenchViewModel model;
    private final SecondaryWindow window;

    public WorkbenchWindow(CheckExplanations explanations, Executor background, Executor fx, Clock clock,
                           ThemeModel themes, Window owner) {
        this.model = new TokenWorkbenchViewModel(explanations, background, fx, clock);
        this.window = new SecondaryWindow("Token workbench", () -> new TokenWorkbenchView(model), WIDTH, HEIGHT,
                themes, owner);
    }

    /** Shows the workbench (building it the first time). */
    public void show() {
        window.show();
    }

    public TokenWorkbenchViewModel model() {
        return model;
    }
}
