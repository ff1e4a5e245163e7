/**
 * Virtual time. Every scenario runs on a {@link dev.trustflow.sim.clock.VirtualClock} that starts at a
 * fixed instant and only moves when the scenario says so ("15 minutes later"); expiry checks,
 * certificate validity and trace timestamps all read it, so a clock jump really expires things.
 */
package dev.trustflow.sim.clock;
