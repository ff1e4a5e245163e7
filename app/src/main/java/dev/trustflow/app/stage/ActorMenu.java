package dev.trustflow.app.stage;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;

/** An actor node's input: a click selects it, its context menu offers "Breach here"; both only call the commands. */
final class ActorMenu {

    private ActorMenu() {
    }

    static void attach(ActorNode node, ActorCommands commands) {
        String id = node.actor().id();
        MenuItem breachHere = new MenuItem("Breach here");
        breachHere.setId("breach-here-" + id);
        breachHere.setOnAction(e -> commands.breach(id));
        ContextMenu menu = new ContextMenu(breachHere);
        node.setOnContextMenuRequested(e -> menu.show(node, e.getScreenX(), e.getScreenY()));
        node.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                commands.select(id);
            }
        });
    }
}
