/**
 * The trace: the immutable record of what really happened in a run, and its JSON form
 * ({@code "format": "trustflow-trace/2"}: every event may name its {@code cause} and {@code flow};
 * format-1 files are still read). The app replays it; the CLI prints and exports it. A trace
 * file is untrusted input: {@link dev.trustflow.sim.trace.TraceCodec} enforces size and nesting limits
 * and reports what is wrong with the line it is on.
 */
package dev.trustflow.sim.trace;
