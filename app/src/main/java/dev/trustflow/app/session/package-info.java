/**
 * What is on screen and where it came from: the chosen entry, its what-if values and seed. Choosing an
 * entry, flipping a what-if or changing the seed re-runs the scenario off the FX thread and hands the new
 * trace to the Player.
 */
package dev.trustflow.app.session;
