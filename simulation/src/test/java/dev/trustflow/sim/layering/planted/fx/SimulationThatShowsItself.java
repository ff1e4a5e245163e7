package dev.trustflow.sim.layering.planted.fx;

import javafx.planted.FxStandIn;

/**
 * Planted violation: simulation code that depends on a {@code javafx} class. JavaFX is not on this module's
 * class path, so the dependency is on {@link FxStandIn}, a test-only class in a {@code javafx} package.
 */
public final class SimulationThatShowsItself {

    public Object show() {
        return new FxStandIn();
    }
}
