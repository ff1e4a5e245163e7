package dev.trustflow.sim.scenarios.oauth;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The family's own words for time in captions: a count with its unit ("3 days") and a time of day ("09:15").
 * A clock jump's words ("15 minutes later") are {@link dev.trustflow.sim.present.Durations#later}.
 */
final class Later {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter HH_MM_SS = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private Later() {
    }

    static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    /** "09:15", or "09:00:30" when the time is not on a whole minute: a time of day on the virtual clock. */
    static String clock(Instant at) {
        return (at.getEpochSecond() % 60 == 0 ? HH_MM : HH_MM_SS).format(at);
    }
}
