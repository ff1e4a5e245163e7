package dev.trustflow.app.probe;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs an action once, right after the next pulse has laid out a scene (the pulse that paints its next frame). */
public final class NextPulse {

    private NextPulse() {
    }

    /** Call on the FX thread. The action runs on the FX thread after the next layout pass of {@code scene}. */
    public static void then(Scene scene, Runnable action) {
        Runnable[] self = new Runnable[1];
        self[0] = () -> {
            scene.removePostLayoutPulseListener(self[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(self[0]);
        Platform.requestNextPulse();
    }
}
