package dev.trustflow.app.session;

import java.time.Duration;
import java.util.List;
import java.util.TreeSet;

/** The durations a what-if offers: a ladder of round values around its default, plus the default and the current value. */
public final class DurationPresets {

    static final List<Duration> LADDER = List.of(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(1),
            Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(1),
            Duration.ofHours(6), Duration.ofHours(24), Duration.ofDays(7), Duration.ofDays(30), Duration.ofDays(365));

    /** How far from the default a preset may be (times or divided by). */
    static final long SPAN = 100;

    private DurationPresets() {
    }

    public static List<Duration> around(Duration defaultValue, Duration current) {
        TreeSet<Duration> presets = new TreeSet<>();
        long base = Math.max(1, defaultValue.getSeconds());
        for (Duration d : LADDER) {
            if (d.getSeconds() * SPAN >= base && d.getSeconds() <= base * SPAN) {
                presets.add(d);
            }
        }
        presets.add(defaultValue);
        if (current != null) {
            presets.add(current);
        }
        return List.copyOf(presets);
    }
}
