package dev.trustflow.app.shell;

import dev.trustflow.app.inspector.InspectorViewModel;
import dev.trustflow.app.player.Player;
import dev.trustflow.sim.trace.TraceEvent;

/** Shows the player's current event in the inspector, and nothing once the cursor is before the first event. */
public final class InspectorFollower {

    private InspectorFollower() {
    }

    public static void follow(Player player, InspectorViewModel inspector) {
        player.currentEventProperty().addListener((obs, old, event) -> show(player, inspector, event));
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
