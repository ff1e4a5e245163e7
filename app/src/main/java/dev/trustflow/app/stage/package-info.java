/**
 * The centre stage: actors laid out by zone, links styled by channel, and the current event drawn as a
 * travelling packet, a check gate, a clock jump or an alarm. The layout and the event-to-effect mapping are
 * pure and unit-tested; the views only place nodes and run short transitions.
 */
package dev.trustflow.app.stage;
