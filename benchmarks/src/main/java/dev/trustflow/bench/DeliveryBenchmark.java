package dev.trustflow.bench;

import dev.trustflow.sim.engine.Exchange;
import dev.trustflow.sim.engine.Reply;
import dev.trustflow.sim.engine.Request;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.world.ActorKind;
import dev.trustflow.sim.world.Channel;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost per hop of the toolkit's hop-by-hop delivery ({@code Simulation.send}): a world of a client, a chain
 * of {@link #relays} gateways and a service; one GET sent end to end with a trivial handler and no guards or
 * rules, so every hop records its {@code http.request} and, on the way back, its {@code http.response}
 * ({@code 2 × (relays + 1)} events). {@link #plainEvents} records the same number of events between the same
 * actors with {@code sim.event(...).emit()} and no delivery: the ratio of the two is what delivery adds (route,
 * link look-up and latency, the data keys of each hop, guard and handler dispatch, the reply), and the slope of
 * each over {@code relays} is its cost per hop.
 *
 * <p>Sampled ({@code Mode.SampleTime}), not averaged: on a shared 2-core machine a few preempted operations
 * swing the mean by an order of magnitude, while the minimum and the median of the sampled operations move
 * far less; README.md reports both. Warm-up iterations last 2 s so that the JIT has compiled the longest chain
 * before measuring on a busy machine. A run's events stay in memory, so each state starts a fresh world per
 * iteration and again whenever the current one holds {@value #EVENTS_PER_WORLD} events; that rebuild is spread
 * over hundreds to thousands of operations.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 1)
public class DeliveryBenchmark {

    static final int EVENTS_PER_WORLD = 10_000;
    private static final String CLIENT = "client";
    private static final String SERVICE = "service";

    @Param({"1", "4", "16"})
    public int relays;

    private String[] chain;
    private Simulation sim;
    private long worlds;

    @Setup(Level.Iteration)
    public void freshWorld() {
        chain = new String[relays + 2];
        chain[0] = CLIENT;
        for (int i = 1; i <= relays; i++) {
            chain[i] = "relay-" + i;
        }
        chain[relays + 1] = SERVICE;
        sim = newWorld();
    }

    private Simulation newWorld() {
        Simulation fresh = new Simulation(worlds++);
        fresh.world().actor(CLIENT, "Client", ActorKind.CLIENT_APP, "internet");
        for (int i = 1; i <= relays; i++) {
            fresh.world().actor(chain[i], "Relay " + i, ActorKind.API_GATEWAY, "edge");
        }
        fresh.world().actor(SERVICE, "Service", ActorKind.SERVICE, "internal");
        for (int i = 1; i < chain.length; i++) {
            fresh.world().link(chain[i - 1], chain[i], Channel.BACK);
        }
        fresh.serve(SERVICE, at -> Reply.of(200, "200 OK"));
        return fresh;
    }

    private Simulation world() {
        if (sim.events().size() >= EVENTS_PER_WORLD) {
            sim = newWorld();
        }
        return sim;
    }

    /** One request from the client to the service through every relay, and its response back. */
    @Benchmark
    public Exchange send() {
        return world().send(Request.get(CLIENT, SERVICE, "/ping").caption("The client calls GET /ping"));
    }

    /** The same number of events between the same actors, recorded without delivery. */
    @Benchmark
    public int plainEvents() {
        Simulation s = world();
        int last = -1;
        for (int hop = 1; hop < chain.length; hop++) {
            last = s.event(EventKinds.HTTP_REQUEST, chain[hop - 1]).to(chain[hop]).caption("GET /ping").emit();
        }
        for (int hop = chain.length - 1; hop > 0; hop--) {
            last = s.event(EventKinds.HTTP_RESPONSE, chain[hop]).to(chain[hop - 1]).caption("200 OK").emit();
        }
        return last;
    }
}
