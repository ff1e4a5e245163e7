package dev.trustflow.sim.analysis;

/**
 * One step of two runs played together: the event index on each side, or -1 where that side has no event at
 * this step (it holds its previous one), and whether both sides did the same thing here.
 *
 * @param left  index into the left trace, or -1
 * @param right index into the right trace, or -1
 * @param same  true when both events exist and have the same {@link EventKey}
 */
public record AlignedStep(int left, int right, boolean same) {

    public AlignedStep {
        if (left < -1 || right < -1 || (left == -1 && right == -1)) {
            throw new IllegalArgumentException("a step needs an event on at least one side: " + left + ", " + right);
        }
        if (same && (left == -1 || right == -1)) {
            throw new IllegalArgumentException("a step present on one side only cannot be the same on both");
        }
    }

    public boolean leftOnly() {
        return right == -1;
    }

    public boolean rightOnly() {
        return left == -1;
    }
}
