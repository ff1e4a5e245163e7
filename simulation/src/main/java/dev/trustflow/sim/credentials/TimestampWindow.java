package dev.trustflow.sim.credentials;

import dev.trustflow.sim.check.CheckResult;
import java.time.Duration;
import java.time.Instant;

/** Accepts a request only if the time it was signed is within {@code window} of the receiver's clock. */
public final class TimestampWindow {

    public static final String CHECK = "replay.timestamp-window";

    private final Duration window;

    public TimestampWindow(Duration window) {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a timestamp window must be positive, not " + window);
        }
        this.window = window;
    }

    public Duration window() {
        return window;
    }

    public CheckResult check(Instant signedAt, Instant now) {
        Duration age = Duration.between(signedAt, now).abs();
        String ageText = describe(age);
        return age.compareTo(window) <= 0
                ? CheckResult.pass(CHECK, "signed " + ageText + " ago, within the " + describe(window) + " window")
                : CheckResult.fail(CHECK, "signed " + ageText + " ago, outside the " + describe(window)
                + " window: too old to accept");
    }

    static String describe(Duration d) {
        long s = d.toSeconds();
        if (s < 60) {
            return s + " s";
        }
        return s % 60 == 0 ? (s / 60) + " min" : (s / 60) + " min " + (s % 60) + " s";
    }
}
