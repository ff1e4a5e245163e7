package javafx.planted;

/**
 * A test-only class in a {@code javafx} package: JavaFX is not on the simulation's class path, and the planted
 * violation of "the simulation never depends on JavaFX" needs something named {@code javafx..} to depend on.
 */
public final class FxStandIn {
}
