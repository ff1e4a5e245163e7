package dev.trustflow.sim.scenarios.oauth;

import java.time.Duration;

/** Turns a clock jump into the words a timeline shows: "15 minutes later", "1 day later", "31 days later". */
final class Later {

    private Later() {
    }

    static String words(Duration d) {
        long minutes = Math.round(d.toSeconds() / 60.0);
        if (minutes < 60) {
            return plural(Math.max(1, minutes), "minute") + " later";
        }
        long hours = Math.round(d.toSeconds() / 3600.0);
        if (hours < 24) {
            return plural(hours, "hour") + " later";
        }
        return plural(Math.round(d.toSeconds() / 86400.0), "day") + " later";
    }

    static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    private static final java.time.format.DateTimeFormatter HH_MM =
            java.time.format.DateTimeFormatter.ofPattern("HH:mm").withZone(java.time.ZoneOffset.UTC);
    private static final java.time.format.DateTimeFormatter HH_MM_SS =
            java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss").withZone(java.time.ZoneOffset.UTC);

    /** "09:15", or "09:00:30" when the time is not on a whole minute: a time of day on the virtual clock. */
    static String clock(java.time.Instant at) {
        return (at.getEpochSecond() % 60 == 0 ? HH_MM : HH_MM_SS).format(at);
    }
}
