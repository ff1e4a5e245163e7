package dev.trustflow.app;

import javafx.application.Application;

/**
 * Plain entry point: a main class that does not extend Application, so the app also starts from a plain
 * classpath (JavaFX otherwise insists on its module path for an Application main class).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(TrustFlowApp.class, args);
    }
}
