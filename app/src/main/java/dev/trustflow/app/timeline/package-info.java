/**
 * The bottom bar: transport buttons, speed, a strip of event markers to jump to (checks green or red) and
 * the virtual time of the current event.
 */
package dev.trustflow.app.timeline;
