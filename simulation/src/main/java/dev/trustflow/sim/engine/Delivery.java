package dev.trustflow.sim.engine;

import dev.trustflow.sim.trace.DataKeys;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.world.HopDecision;
import dev.trustflow.sim.world.HopRules;
import dev.trustflow.sim.world.Link;
import dev.trustflow.sim.world.Topology;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Delivers one request hop by hop along the world's route (docs/ARCHITECTURE.md, "Delivery"). On each hop: the
 * link's latency passes, the hop's {@code http.request} is recorded, the world's rules decide the hop (a
 * blocked hop ends the flow there, naming the rule), then every guard of the receiving actor runs; a refusal
 * answers from there. At the destination the handler answers. The response travels back hop by hop, each
 * response caused by the one before it, the first by the request (or the check that refused it).
 */
final class Delivery {

    private final Simulation sim;
    private final Map<String, List<Guard>> guards;
    private final Map<String, Handler> handlers;

    Delivery(Simulation sim, Map<String, List<Guard>> guards, Map<String, Handler> handlers) {
        this.sim = sim;
        this.guards = guards;
        this.handlers = handlers;
    }

    Exchange send(Request request) {
        Topology world = sim.world().build();
        List<String> route = sim.routes().between(request.from(), request.to()).orElseThrow(() ->
                new IllegalStateException("no route from " + request.from() + " to " + request.to()
                        + " (declare a link, or a relay between them)"));
        int flow = sim.newFlow();
        int first = -1;
        int previous = request.cause() == null ? -1 : request.cause();
        for (int hop = 1; hop < route.size(); hop++) {
            String from = route.get(hop - 1);
            String at = route.get(hop);
            Link link = world.link(from, at).orElseThrow();
            sim.tick(Duration.ofMillis(link.latencyMs()));
            int seq = sim.event(EventKinds.HTTP_REQUEST, from).to(at).cause(previous).flow(flow)
                    .caption(hop == 1 ? request.caption() : request.forwardCaption().orElse(forwarded(world, from,
                            request)))
                    .data(DataKeys.METHOD, request.method()).data(DataKeys.PATH, request.path())
                    .data(DataKeys.CHANNEL, link.channel().name().toLowerCase(Locale.ROOT))
                    .data(DataKeys.PROTECTION, link.protection().name().toLowerCase(Locale.ROOT))
                    .data(DataKeys.HOP, route.size() > 2 ? hop : null)
                    .data(request.data()).artifacts(request.artifacts()).emit();
            first = first < 0 ? seq : first;
            Optional<Exchange> blocked = decideHop(world, from, at, seq, flow, first);
            if (blocked.isPresent()) {
                return blocked.get();
            }
            Arrival arrival = new Arrival(sim, request, at, from, seq, flow);
            Optional<Reply> refusal = guard(arrival);
            if (refusal.isPresent() || hop == route.size() - 1) {
                Reply reply = refusal.orElseGet(() -> handler(at).handle(arrival));
                int cause = reply.cause() != null ? reply.cause() : seq;
                int last = respond(world, route.subList(0, hop + 1), reply, cause, flow);
                return new Exchange(flow, first, reply, last, null, -1, at);
            }
            previous = seq;
        }
        throw new IllegalStateException("unreachable: a route has at least two actors");
    }

    private Optional<Exchange> decideHop(Topology world, String from, String at, int seq, int flow, int first) {
        for (HopDecision d : HopRules.decide(world, from, at)) {
            int check = sim.event(d.result().passed() ? EventKinds.CHECK_PASS : EventKinds.CHECK_FAIL, at)
                    .cause(seq).flow(flow)
                    .caption((d.result().passed() ? "✓ " : "✗ ") + d.result().check() + ": " + d.result().reason())
                    .data(DataKeys.CHECK, d.result().check()).data(DataKeys.PASSED, d.result().passed())
                    .data(DataKeys.REASON, d.result().reason()).data(DataKeys.RULE, d.rule())
                    .data(DataKeys.ENFORCED_BY, "network").emit();
            if (!d.result().passed()) {
                return Optional.of(new Exchange(flow, first, null, -1, d.result().check(), check, null));
            }
        }
        return Optional.empty();
    }

    private Optional<Reply> guard(Arrival arrival) {
        for (Guard g : guards.getOrDefault(arrival.at(), List.of())) {
            Optional<Reply> refusal = g.inspect(arrival);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    private Handler handler(String actor) {
        Handler h = handlers.get(actor);
        if (h == null) {
            throw new IllegalStateException(actor + " received a request but serves nothing (sim.serve)");
        }
        return h;
    }

    /** Sends the reply back from the last actor of {@code path} to its first; returns the last response's seq. */
    private int respond(Topology world, List<String> path, Reply reply, int cause, int flow) {
        int previous = cause;
        for (int i = path.size() - 1; i > 0; i--) {
            String from = path.get(i);
            String to = path.get(i - 1);
            Link link = world.link(from, to).orElseThrow();
            sim.tick(Duration.ofMillis(link.latencyMs()));
            boolean relayed = i < path.size() - 1;
            previous = sim.event(EventKinds.HTTP_RESPONSE, from).to(to).cause(previous).flow(flow)
                    .caption(relayed ? relayCaption(world, from, reply) : reply.caption())
                    .data(DataKeys.STATUS, reply.status())
                    .data(DataKeys.CHANNEL, link.channel().name().toLowerCase(Locale.ROOT))
                    .data(DataKeys.HOP, path.size() > 2 ? i : null)
                    .data(reply.data()).artifacts(reply.artifacts()).emit();
        }
        return previous;
    }

    private static String forwarded(Topology world, String relay, Request request) {
        return label(world, relay) + " forwards " + request.line();
    }

    private static String relayCaption(Topology world, String relay, Reply reply) {
        return reply.relayCaption() != null ? reply.relayCaption()
                : label(world, relay) + " passes the " + reply.status() + " back";
    }

    private static String label(Topology world, String id) {
        return world.actor(id).map(a -> a.label()).orElse(id);
    }
}
