/**
 * The Player: a cursor over an immutable trace, with transport commands, a speed and auto-advance driven
 * by an injectable tick source. Plain JavaFX properties, no nodes: unit-tested without a window.
 */
package dev.trustflow.app.player;
