package dev.trustflow.app.presenter;

import java.util.Locale;

/**
 * Text size steps from 100% to 250% in steps of 25%, and the CSS class ({@code font-scale-150}) that
 * presenter.css turns into the root's font size. Scales are factors: 1.0 is 100%.
 */
public final class FontScale {

    public static final double MIN = 1.0;
    public static final double MAX = 2.5;
    public static final double STEP = 0.25;
    public static final String CLASS_PREFIX = "font-scale-";

    private FontScale() {
    }

    /** The nearest step within range (a stored value of 1.3 becomes 1.25; NaN becomes 1.0). */
    public static double snap(double scale) {
        if (Double.isNaN(scale)) {
            return MIN;
        }
        double clamped = Math.max(MIN, Math.min(MAX, scale));
        return MIN + Math.round((clamped - MIN) / STEP) * STEP;
    }

    public static double larger(double scale) {
        return snap(snap(scale) + STEP);
    }

    public static double smaller(double scale) {
        return snap(snap(scale) - STEP);
    }

    /** {@code 150} for 1.5. */
    public static int percent(double scale) {
        return (int) Math.round(snap(scale) * 100);
    }

    /** {@code font-scale-150} for 1.5. */
    public static String styleClass(double scale) {
        return CLASS_PREFIX + percent(scale);
    }

    /** {@code 150%}. */
    public static String label(double scale) {
        return String.format(Locale.ROOT, "%d%%", percent(scale));
    }
}
