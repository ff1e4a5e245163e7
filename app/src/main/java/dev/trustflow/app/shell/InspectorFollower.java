package dev.trustflow.app.shell;

import dev.trustflow.app.inspector.InspectorViewModel;
import dev.trustflow.app.player.Player;
import dev.trustflow.sim.trace.TraceEvent;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Shows the player's current event in the inspector, and nothing once the cursor is before the first event; while
 * the inspector is off screen (presenter mode, a quiz) it is left as it is and catches up when it shows again, so
 * a playing lesson's steps do not pay for a panel nobody sees (about a third of a step's work in presenter mode).
 */
public final class InspectorFollower {

    private InspectorFollower() {
    }

    public static void follow(Player player, InspectorViewModel inspector, ObservableBooleanValue shown) {
        player.currentEventProperty().addListener((obs, old, event) -> {
            if (shown.get()) {
                show(player, inspector, event);
            }
        });
        shown.addListener((obs, was, now) -> {
            if (now) {
                show(player, inspector, player.getCurrentEvent());
            }
        });
        show(player, inspector, player.getCurrentEvent());
    }

    private static void show(Player player, InspectorViewModel inspector, TraceEvent event) {
        if (event == null || player.getTrace() == null) {
            inspector.clear();
        } else {
            inspector.show(player.getTrace(), event);
        }
    }
}
