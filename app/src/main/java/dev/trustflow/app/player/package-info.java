/**
 * The transport: a {@link dev.trustflow.app.player.StepCursor} (cursor, play/pause, step, jump, speed and
 * auto-advance driven by an injectable tick source) and the {@link dev.trustflow.app.player.Player}, a step
 * cursor over an immutable trace. The side-by-side comparison's transport is a step cursor too, so both step and
 * pace the same way. Plain JavaFX properties, no nodes: unit-tested without a window.
 */
package dev.trustflow.app.player;
