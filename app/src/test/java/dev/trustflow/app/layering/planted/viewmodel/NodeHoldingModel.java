package dev.trustflow.app.layering.planted.viewmodel;

import javafx.scene.paint.Color;

/** Planted violation: a model (named {@code *Model}) that holds a scene-graph colour. */
public final class NodeHoldingModel {

    private final Color accent = Color.RED;

    public Color accent() {
        return accent;
    }
}
