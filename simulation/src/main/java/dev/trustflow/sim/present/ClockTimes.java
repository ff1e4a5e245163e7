package dev.trustflow.sim.present;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A time of day on the virtual clock as every text says it: {@code 09:15}, or {@code 09:00:30} when the time is
 * not on a whole minute (so two events a few seconds apart never read the same). The virtual clock is UTC.
 */
public final class ClockTimes {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter HH_MM_SS = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private ClockTimes() {
    }

    public static String of(Instant at) {
        return (at.getEpochSecond() % 60 == 0 ? HH_MM : HH_MM_SS).format(at);
    }
}
