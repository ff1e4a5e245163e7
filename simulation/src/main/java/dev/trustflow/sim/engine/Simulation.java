package dev.trustflow.sim.engine;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.clock.VirtualClock;
import dev.trustflow.sim.crypto.jwt.KeyRing;
import dev.trustflow.sim.crypto.jwt.RsaKeyCache;
import dev.trustflow.sim.tls.TlsConnectionLog;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.DataKeys;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.trace.PhaseStart;
import dev.trustflow.sim.trace.TraceEvent;
import dev.trustflow.sim.world.Routes;
import dev.trustflow.sim.world.Topology;
import dev.trustflow.sim.world.Wallets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One run of one scenario: its clock, its randomness, its keys, its world (actors, zones, links, rules, what
 * each actor holds) and the events recorded so far. Scenarios receive it in {@code play}; nothing in it is static
 * or shared between runs except the {@link RsaKeyCache} its creator passes in. See docs/ARCHITECTURE.md.
 */
public final class Simulation {

    private final long seed;
    private final VirtualClock clock;
    private final Randomness randomness;
    private final RsaKeyCache rsaKeys;
    private final Topology.Builder world = new Topology.Builder();
    private final Wallets wallets = new Wallets();
    private final Map<String, List<Guard>> guards = new LinkedHashMap<>();
    private final Map<String, Handler> handlers = new LinkedHashMap<>();
    private final Delivery delivery = new Delivery(this, guards, handlers);
    private final List<TraceEvent> events = new ArrayList<>();
    private final List<PhaseStart> phases = new ArrayList<>();
    private String pendingPhase;
    private final Map<String, Object> summary = new LinkedHashMap<>();
    private final TlsConnectionLog tlsConnections = new TlsConnectionLog();
    private KeyRing keys;
    private Routes routes;
    private Topology routed;
    private int flows;

    public Simulation(long seed) {
        this(seed, new VirtualClock(), new RsaKeyCache());
    }

    public Simulation(long seed, VirtualClock clock, RsaKeyCache rsaKeys) {
        this.seed = seed;
        this.clock = clock;
        this.randomness = new Randomness(seed);
        this.rsaKeys = rsaKeys;
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

    /** The run's one source of randomness (seeded decisions, secure bytes). */
    public Randomness randomness() {
        return randomness;
    }

    /** Shortcut for {@code randomness().decisions()}: what shapes events comes from here, never from SecureRandom. */
    public Random random() {
        return randomness.decisions();
    }

    /** The run's signing keys (EC and HMAC fresh; RSA from the cache this run was given). */
    public KeyRing keys() {
        if (keys == null) {
            keys = new KeyRing(rsaKeys);
        }
        return keys;
    }

    public Topology.Builder world() {
        return world;
    }

    /** What every actor holds, on the virtual clock. */
    public Wallets wallets() {
        return wallets;
    }

    /** The TLS connections the run opened: scenarios note each one, exports write them as a capture. */
    public TlsConnectionLog tlsConnections() {
        return tlsConnections;
    }

    public Map<String, Object> summary() {
        return summary;
    }

    /** Adds an enforcement point to {@code actor}: it inspects every request that reaches it, in the order added. */
    public void guard(String actor, Guard guard) {
        requireActor(actor);
        guards.computeIfAbsent(actor, a -> new ArrayList<>()).add(guard);
    }

    /** What {@code actor} answers to requests addressed to it. */
    public void serve(String actor, Handler handler) {
        requireActor(actor);
        handlers.put(actor, handler);
    }

    /** Delivers {@code request} hop by hop along the world's route (see {@link Delivery}). */
    public Exchange send(Request request) {
        return delivery.send(request);
    }

    Routes routes() {
        Topology now = world.build();
        if (routes == null || routed != now) {
            routes = new Routes(now);
            routed = now;
        }
        return routes;
    }

    int newFlow() {
        return flows++;
    }

    /** Starts an event by {@code actor}; call {@link EventBuilder#emit()} to record it. */
    public EventBuilder event(String kind, String actor) {
        return new EventBuilder(this, kind, actor);
    }

    /** Records a real check's outcome as {@code check.pass} or {@code check.fail} by {@code actor}. */
    public int check(String actor, CheckResult result) {
        return check(actor, result, null, null);
    }

    /** As {@link #check(String, CheckResult)}, caused by event {@code cause} in flow {@code flow}. */
    public int check(String actor, CheckResult result, Integer cause, Integer flow) {
        return event(result.passed() ? EventKinds.CHECK_PASS : EventKinds.CHECK_FAIL, actor)
                .cause(cause).flow(flow)
                .caption((result.passed() ? "✓ " : "✗ ") + result.check() + ": " + result.reason())
                .data(DataKeys.CHECK, result.check())
                .data(DataKeys.PASSED, result.passed())
                .data(DataKeys.REASON, result.reason())
                .emit();
    }

    /**
     * Lets virtual time pass and records it on the timeline ("15 minutes later"); credentials that run out
     * meanwhile are recorded as expired on this event.
     */
    public int jump(Duration by, String actor, String caption) {
        Instant from = clock.instant();
        clock.advance(by);
        return event(EventKinds.CLOCK_JUMP, actor)
                .caption(caption)
                .data(DataKeys.FROM, from.toString())
                .data(DataKeys.BY, by.toString())
                .emit();
    }

    /**
     * Starts a titled part of the run ("Sign-in", "The thief refreshes") at the next event recorded; it lasts until
     * the next phase starts. Declare it before a clock jump to title the phase the jump starts (else the jump's
     * phase is titled by how far it goes, "8 minutes later"). A second title before any event replaces the first;
     * the title of the phase already running continues it; a title after the last event is dropped. Records no
     * event: no event's seq moves.
     */
    public void phase(String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a phase needs a title");
        }
        String t = title.strip();
        boolean running = !phases.isEmpty() && phases.get(phases.size() - 1).title().equals(t);
        pendingPhase = running ? null : t;
    }

    /** The phases declared so far, each starting at an event already recorded. */
    public List<PhaseStart> phases() {
        return Collections.unmodifiableList(phases);
    }

    /** Lets a little time pass between steps (processing). Messages sent with {@link #send} take their link's latency. */
    public void tick(Duration by) {
        clock.advance(by);
    }

    int record(String kind, String actor, String target, Integer cause, Integer flow, String caption,
               Map<String, Object> data, List<Artifact> artifacts) {
        requireActor(actor);
        if (target != null) {
            requireActor(target);
        }
        int seq = events.size();
        if (cause != null && cause >= seq) {
            throw new IllegalStateException("event " + seq + " cannot be caused by a later event " + cause);
        }
        if (pendingPhase != null) {
            phases.add(new PhaseStart(seq, pendingPhase));
            pendingPhase = null;
        }
        events.add(new TraceEvent(seq, clock.instant(), kind, actor, target, cause, flow, caption, data, artifacts));
        return seq;
    }

    private void requireActor(String id) {
        if (!world.has(id)) {
            throw new IllegalStateException("unknown actor '" + id + "' (declare it in world())");
        }
    }

    public List<TraceEvent> events() {
        return Collections.unmodifiableList(events);
    }
}
