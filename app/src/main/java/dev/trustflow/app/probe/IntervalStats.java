package dev.trustflow.app.probe;

import java.util.Arrays;

/**
 * Summary of a series of time intervals (frame-to-frame gaps, FX-thread latencies) in nanoseconds.
 * Percentiles use the nearest-rank method: the p-th percentile is the smallest sample such that at least
 * p percent of the samples are less than or equal to it, so it is always one of the measured values.
 */
public final class IntervalStats {

    private final long[] sortedNanos;

    private IntervalStats(long[] sortedNanos) {
        this.sortedNanos = sortedNanos;
    }

    /** Stats over a copy of the given samples (in nanoseconds); the array itself is left untouched. */
    public static IntervalStats of(long[] nanos, int count) {
        if (count < 0 || count > nanos.length) {
            throw new IllegalArgumentException("count " + count + " outside 0.." + nanos.length);
        }
        long[] copy = Arrays.copyOf(nanos, count);
        Arrays.sort(copy);
        return new IntervalStats(copy);
    }

    public int count() {
        return sortedNanos.length;
    }

    /** Nearest-rank percentile, {@code 0 < p <= 100}; throws when there are no samples. */
    public long percentileNanos(double p) {
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100], was " + p);
        }
        if (sortedNanos.length == 0) {
            throw new IllegalStateException("no samples");
        }
        int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(rank, 1) - 1];
    }

    public long maxNanos() {
        if (sortedNanos.length == 0) {
            throw new IllegalStateException("no samples");
        }
        return sortedNanos[sortedNanos.length - 1];
    }

    /** Milliseconds with one decimal, the way the probe lines print them. */
    public static String millis(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1_000_000.0);
    }
}
