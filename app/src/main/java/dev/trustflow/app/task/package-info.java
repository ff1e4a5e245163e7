/**
 * Background work for the app: scenario runs, trace I/O and snapshots run on named daemon threads, and
 * their results or typed errors come back on the FX thread. A same-thread runner makes tests deterministic.
 * Scenarios run only through the {@link dev.trustflow.app.task.RunService}: one runner for the whole app, and
 * in each {@link dev.trustflow.app.task.RunLane} the last request wins ({@link dev.trustflow.app.task.LatestOnly},
 * which other work that must not show a stale answer uses too).
 */
package dev.trustflow.app.task;
