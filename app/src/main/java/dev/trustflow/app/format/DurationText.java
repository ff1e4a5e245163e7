package dev.trustflow.app.format;

import java.time.Duration;

/** Durations as a person reads them: {@code 30 s}, {@code 20 min}, {@code 1 h 30 min}, {@code 25 h}, {@code 30 d}. */
public final class DurationText {

    private DurationText() {
    }

    public static String human(Duration d) {
        long seconds = Math.abs(d.getSeconds());
        String sign = d.isNegative() ? "-" : "";
        if (seconds < 60) {
            return sign + seconds + " s";
        }
        if (seconds < 3600) {
            return sign + join(seconds / 60, "min", seconds % 60, "s");
        }
        if (seconds < 48 * 3600) {
            return sign + join(seconds / 3600, "h", seconds % 3600 / 60, "min");
        }
        return sign + join(seconds / 86_400, "d", seconds % 86_400 / 3600, "h");
    }

    /** A jump of the virtual clock: {@code +20 min}. */
    public static String plus(Duration d) {
        return d.isNegative() ? human(d) : "+" + human(d);
    }

    private static String join(long major, String majorUnit, long minor, String minorUnit) {
        return minor == 0 ? major + " " + majorUnit : major + " " + majorUnit + " " + minor + " " + minorUnit;
    }
}
