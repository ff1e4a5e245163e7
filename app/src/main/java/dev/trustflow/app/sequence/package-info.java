/**
 * The sequence-diagram view of a trace: lifelines per actor, one row per event, kept in step with the player's
 * cursor; and the choice of what the centre shows (topology, sequence, or both).
 */
package dev.trustflow.app.sequence;
