/** Test-only stand-in for JavaFX, target of a planted layering violation in the simulation's tests. */
package javafx.planted;
