package dev.trustflow.sim.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/** A clock that stands still until it is advanced. One instance per run; never shared, never static. */
public final class VirtualClock extends Clock {

    /** Where every run starts unless a scenario says otherwise: a Thursday morning, easy to read. */
    public static final Instant DEFAULT_START = Instant.parse("2026-01-01T09:00:00Z");

    private Instant now;

    public VirtualClock() {
        this(DEFAULT_START);
    }

    public VirtualClock(Instant start) {
        this.now = Objects.requireNonNull(start, "start");
    }

    /** Moves time forward; a negative duration is a programming error (time never runs back). */
    public Instant advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("virtual time cannot go back: " + by);
        }
        now = now.plus(by);
        return now;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the virtual clock is always UTC");
    }
}
