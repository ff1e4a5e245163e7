package dev.trustflow.app.testsupport;

import javafx.application.Application;

/** Starts {@link DemoApp} (a plain main class, like the app's own Launcher). */
public final class DemoLauncher {

    private DemoLauncher() {
    }

    public static void main(String[] args) {
        Application.launch(DemoApp.class, args);
    }
}
