/**
 * Measurement probes switched on by {@code -Dtrustflow.probe=startup|frames}: time from process start to the
 * first frame and to the complete main window, frame pacing and FX-thread stalls, and a bare-window baseline
 * measured by the same code. They print one {@code probe ...} line to standard output and do nothing at all
 * when the property is unset.
 */
package dev.trustflow.app.probe;
