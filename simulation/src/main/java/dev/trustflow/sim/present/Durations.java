package dev.trustflow.sim.present;

import java.time.Duration;

/**
 * Durations as a person says them, one rule for every view (stage, sequence view, inspector, timeline, Mermaid
 * export): at most two units, the smaller one dropped when it is zero, and rounded to what a person would say
 * ({@code 30 s}, {@code 2 min 30 s}, {@code 20 min}, {@code 1 h 30 min}, {@code 25 h}, {@code 2 d 2 h}).
 * <ul>
 *   <li>under a minute: whole seconds;</li>
 *   <li>under five minutes: minutes and seconds;</li>
 *   <li>under two days: hours and minutes, rounded to the minute (a jump of 9 min 59.3 s reads 10 min);</li>
 *   <li>beyond: days and hours, rounded to the hour.</li>
 * </ul>
 */
public final class Durations {

    private static final long MINUTE = 60;
    private static final long HOUR = 3600;
    private static final long DAY = 86_400;

    private Durations() {
    }

    public static String human(Duration d) {
        String sign = d.isNegative() ? "-" : "";
        long seconds = Math.round(Math.abs(d.toMillis()) / 1000.0);
        if (seconds < MINUTE) {
            return sign + seconds + " s";
        }
        if (seconds < 5 * MINUTE) {
            return sign + join(seconds / MINUTE, "min", seconds % MINUTE, "s");
        }
        if (seconds < 2 * DAY - HOUR / 2) {
            long minutes = Math.round(seconds / (double) MINUTE);
            return sign + (minutes < 60 ? minutes + " min" : join(minutes / 60, "h", minutes % 60, "min"));
        }
        long hours = Math.round(seconds / (double) HOUR);
        return sign + join(hours / 24, "d", hours % 24, "h");
    }

    /** A jump of the virtual clock: {@code +20 min}. */
    public static String plus(Duration d) {
        return d.isNegative() ? human(d) : "+" + human(d);
    }

    /** What a caption says of a jump: {@code 15 minutes later}, {@code 1 hour 30 minutes later}, {@code 31 days later}. */
    public static String later(Duration d) {
        return words(human(d)) + " later";
    }

    /** A duration in words, by the rounding of {@link #human}: {@code 15 minutes}, {@code 1 hour 30 minutes}, {@code 30 days}. */
    public static String spoken(Duration d) {
        return (d.isNegative() ? "minus " : "") + words(human(d));
    }

    private static String words(String compact) {
        String[] parts = compact.replace("-", "").split(" ");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i + 1 < parts.length; i += 2) {
            long n = Long.parseLong(parts[i]);
            String unit = switch (parts[i + 1]) {
                case "s" -> "second";
                case "min" -> "minute";
                case "h" -> "hour";
                default -> "day";
            };
            out.append(out.length() == 0 ? "" : " ").append(n).append(' ').append(unit).append(n == 1 ? "" : "s");
        }
        return out.toString();
    }

    private static String join(long major, String majorUnit, long minor, String minorUnit) {
        return minor == 0 ? major + " " + majorUnit : major + " " + majorUnit + " " + minor + " " + minorUnit;
    }
}
