package dev.trustflow.sim.engine;

import dev.trustflow.sim.clock.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;

/**
 * Runs actions at virtual times, earliest first; two actions at the same time run in the order they were
 * scheduled (a monotonic id breaks the tie), so the same inputs always give the same order.
 */
public final class Scheduler {

    private record Pending(Instant at, long id, Runnable action) implements Comparable<Pending> {
        @Override
        public int compareTo(Pending o) {
            int byTime = at.compareTo(o.at);
            return byTime != 0 ? byTime : Long.compare(id, o.id);
        }
    }

    private final VirtualClock clock;
    private final PriorityQueue<Pending> queue = new PriorityQueue<>();
    private long nextId;

    public Scheduler(VirtualClock clock) {
        this.clock = clock;
    }

    public void after(Duration delay, Runnable action) {
        queue.add(new Pending(clock.instant().plus(delay), nextId++, action));
    }

    public boolean isIdle() {
        return queue.isEmpty();
    }

    /** Runs every pending action (and those they schedule), moving the clock to each one's time. */
    public void runUntilIdle() {
        while (!queue.isEmpty()) {
            Pending next = queue.poll();
            if (next.at().isAfter(clock.instant())) {
                clock.advance(Duration.between(clock.instant(), next.at()));
            }
            next.action().run();
        }
    }
}
