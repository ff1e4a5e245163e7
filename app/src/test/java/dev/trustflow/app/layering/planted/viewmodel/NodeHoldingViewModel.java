package dev.trustflow.app.layering.planted.viewmodel;

import javafx.scene.control.Label;

/** Planted violation: a view-model that builds a node. */
public final class NodeHoldingViewModel {

    public Label title() {
        return new Label("title");
    }
}
