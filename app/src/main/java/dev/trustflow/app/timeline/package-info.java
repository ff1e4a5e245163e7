/**
 * The bottom bar: transport buttons, speed, the run's titled phases (each a group of event markers to jump to,
 * checks green or red; the current phase highlighted; [ and ] jump between phases) and the virtual time of the
 * current event.
 */
package dev.trustflow.app.timeline;
