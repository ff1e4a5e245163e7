package dev.trustflow.app.player;

import java.util.List;

/** The speeds a person can pick, slowest first, and how to move between them. */
public final class PlaybackSpeed {

    public static final List<Double> STEPS = List.of(0.25, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0);
    public static final double NORMAL = 1.0;

    private PlaybackSpeed() {
    }

    public static double slowest() {
        return STEPS.get(0);
    }

    public static double fastest() {
        return STEPS.get(STEPS.size() - 1);
    }

    /** The allowed speed closest to {@code speed}. */
    public static double nearest(double speed) {
        double best = NORMAL;
        for (double step : STEPS) {
            if (Math.abs(step - speed) < Math.abs(best - speed)) {
                best = step;
            }
        }
        return best;
    }

    /** The next faster step, or the fastest. */
    public static double faster(double speed) {
        return STEPS.stream().filter(s -> s > speed + 1e-9).findFirst().orElse(fastest());
    }

    /** The next slower step, or the slowest. */
    public static double slower(double speed) {
        double result = slowest();
        for (double step : STEPS) {
            if (step < speed - 1e-9) {
                result = step;
            }
        }
        return result;
    }

    /** {@code 0.25×}, {@code 1×}, {@code 1.5×}. */
    public static String label(double speed) {
        String number = speed == Math.rint(speed) ? Long.toString((long) speed) : Double.toString(speed);
        return number + "×";
    }
}
