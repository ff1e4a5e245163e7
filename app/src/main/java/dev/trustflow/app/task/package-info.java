/**
 * Background work for the app: scenario runs, trace I/O and snapshots run on named daemon threads, and
 * their results or typed errors come back on the FX thread. A same-thread runner makes tests deterministic.
 */
package dev.trustflow.app.task;
