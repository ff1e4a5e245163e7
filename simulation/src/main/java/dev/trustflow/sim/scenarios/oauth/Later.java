package dev.trustflow.sim.scenarios.oauth;

import dev.trustflow.sim.present.ClockTimes;
import java.time.Instant;

/**
 * The family's own words for time in captions: a count with its unit ("3 days") and a time of day ("09:15").
 * A clock jump's words ("15 minutes later") are {@link dev.trustflow.sim.present.Durations#later}.
 */
final class Later {

    private Later() {
    }

    static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    /** "09:15", or "09:00:30" when the time is not on a whole minute: {@link ClockTimes#of}. */
    static String clock(Instant at) {
        return ClockTimes.of(at);
    }
}
