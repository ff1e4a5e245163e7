/** Virtual clock times as views show them (durations come from {@code sim.present.Durations}). Pure, unit-tested. */
package dev.trustflow.app.format;
