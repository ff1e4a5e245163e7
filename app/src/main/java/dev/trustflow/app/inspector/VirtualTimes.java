package dev.trustflow.app.inspector;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Formats virtual time the same way everywhere in the inspector. */
public final class VirtualTimes {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS 'UTC'")
            .withZone(ZoneOffset.UTC);

    private VirtualTimes() {
    }

    /** {@code 2026-01-01 09:00:05 UTC}, with milliseconds when there are any. */
    public static String date(Instant at) {
        return (at.getNano() == 0 ? SECONDS : MILLIS).format(at);
    }

    /** A span in at most two units: {@code 5 min}, {@code 14 min 55 s}, {@code 2 h 3 min}, {@code 30 d}. */
    public static String span(Duration duration) {
        long seconds = Math.abs(duration.getSeconds());
        if (seconds == 0) {
            long millis = Math.abs(duration.toMillis());
            return millis + " ms";
        }
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3_600;
        long minutes = seconds % 3_600 / 60;
        long secs = seconds % 60;
        if (days > 0) {
            return days + " d" + (hours > 0 ? " " + hours + " h" : "");
        }
        if (hours > 0) {
            return hours + " h" + (minutes > 0 ? " " + minutes + " min" : "");
        }
        if (minutes > 0) {
            return minutes + " min" + (secs > 0 ? " " + secs + " s" : "");
        }
        return secs + " s";
    }
}
