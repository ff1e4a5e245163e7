package dev.trustflow.app.format;

import dev.trustflow.sim.present.Durations;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Virtual clock readings: {@code 09:20:03}, and how far into the run that is ({@code +20 min}). */
public final class TimeText {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private TimeText() {
    }

    /** {@code 09:20:03} (UTC, as the trace records it). */
    public static String clock(Instant at) {
        return CLOCK.format(at);
    }

    /** {@code 2026-01-01}. */
    public static String day(Instant at) {
        return DAY.format(at);
    }

    /** {@code 09:20:03 (+20 min)}; just the clock when no time has passed since {@code start}. */
    public static String sinceStart(Instant start, Instant at) {
        Duration passed = Duration.between(start, at);
        return passed.getSeconds() < 1 ? clock(at) : clock(at) + " (" + Durations.plus(passed) + ")";
    }
}
