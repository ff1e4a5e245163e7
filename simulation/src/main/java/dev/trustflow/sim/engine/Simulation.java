package dev.trustflow.sim.engine;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.clock.VirtualClock;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.trace.TraceEvent;
import dev.trustflow.sim.world.Topology;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One run of one scenario: its clock, its seeded random, its scheduler, its world and the events recorded
 * so far. Scenarios receive it in {@code play}; nothing in it is static or shared between runs.
 */
public final class Simulation {

    private final long seed;
    private final VirtualClock clock;
    private final Random random;
    private final Scheduler scheduler;
    private final Topology.Builder world = new Topology.Builder();
    private final List<TraceEvent> events = new ArrayList<>();
    private final Map<String, Object> summary = new LinkedHashMap<>();

    public Simulation(long seed) {
        this(seed, new VirtualClock());
    }

    public Simulation(long seed, VirtualClock clock) {
        this.seed = seed;
        this.clock = clock;
        this.random = new Random(seed);
        this.scheduler = new Scheduler(clock);
    }

    public long seed() {
        return seed;
    }

    public VirtualClock clock() {
        return clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /** The run's seeded random: decisions that shape the sequence of events come from here, never from SecureRandom. */
    public Random random() {
        return random;
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    public Topology.Builder world() {
        return world;
    }

    public Map<String, Object> summary() {
        return summary;
    }

    /** Starts an event by {@code actor}; call {@link EventBuilder#emit()} to record it. */
    public EventBuilder event(String kind, String actor) {
        return new EventBuilder(this, kind, actor);
    }

    /** Records a real check's outcome as {@code check.pass} or {@code check.fail} by {@code actor}. */
    public int check(String actor, CheckResult result) {
        return event(result.passed() ? EventKinds.CHECK_PASS : EventKinds.CHECK_FAIL, actor)
                .caption(result.passed() ? "✓ " + result.check() + ": " + result.reason()
                        : "✗ " + result.check() + ": " + result.reason())
                .data("check", result.check())
                .data("passed", result.passed())
                .data("reason", result.reason())
                .emit();
    }

    /** Lets virtual time pass and records it on the timeline ("15 minutes later"). */
    public void jump(Duration by, String actor, String caption) {
        Instant from = clock.instant();
        clock.advance(by);
        event(EventKinds.CLOCK_JUMP, actor)
                .caption(caption)
                .data("from", from.toString())
                .data("by", by.toString())
                .emit();
    }

    /** Lets a little time pass between steps (network latency, processing). */
    public void tick(Duration by) {
        clock.advance(by);
    }

    int record(String kind, String actor, String target, String caption, Map<String, Object> data,
               List<Artifact> artifacts) {
        if (!world.has(actor)) {
            throw new IllegalStateException("event by unknown actor '" + actor + "' (declare it in world())");
        }
        if (target != null && !world.has(target)) {
            throw new IllegalStateException("event to unknown actor '" + target + "' (declare it in world())");
        }
        int seq = events.size();
        events.add(new TraceEvent(seq, clock.instant(), kind, actor, target, caption, data, artifacts));
        return seq;
    }

    public List<TraceEvent> events() {
        return Collections.unmodifiableList(events);
    }
}
