package dev.trustflow.sim.present;

/**
 * One titled part of a run, as every view shows it: events {@code first} to {@code last}, both included.
 *
 * @param title    what the scenario called it, or how far the clock jump that starts it goes ("8 minutes later")
 * @param first    its first event's seq
 * @param last     its last event's seq
 * @param declared whether the scenario titled it (false: derived from a clock jump, or the run's start)
 */
public record Phase(String title, int first, int last, boolean declared) {

    public Phase {
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("a phase runs from one event to a later one, not " + first + ".." + last);
        }
    }

    public boolean contains(int seq) {
        return seq >= first && seq <= last;
    }

    /** How many events it holds. */
    public int size() {
        return last - first + 1;
    }
}
