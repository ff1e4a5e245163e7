package dev.trustflow.sim.engine;

import java.util.Optional;

/**
 * How one request went: the flow it was, the event of its first hop, and either the reply that came back (with
 * the seq of the response the sender received) or the world rule that dropped it on the way.
 *
 * @param flow        the flow id shared by its hops, checks and responses
 * @param requestSeq  the seq of the first hop's {@code http.request}
 * @param reply       what came back, or null if a rule dropped the request
 * @param responseSeq the seq of the response the sender received, or -1
 * @param blockedBy   the check that dropped it ({@code net.segmentation}), or null
 * @param blockSeq    the seq of that failed check, or -1
 * @param answeredBy  the actor whose guard or handler gave the reply, or null
 */
public record Exchange(int flow, int requestSeq, Reply reply, int responseSeq, String blockedBy, int blockSeq,
                       String answeredBy) {

    public boolean blocked() {
        return reply == null;
    }

    /** The status the sender got; empty when the request was dropped. */
    public Optional<Integer> status() {
        return reply == null ? Optional.empty() : Optional.of(reply.status());
    }

    /** Whether the sender got a 2xx or 3xx answer. */
    public boolean ok() {
        return reply != null && reply.status() < 400;
    }

    /** The event the sender's next step follows from: the response it got, or the check that dropped the request. */
    public int lastSeq() {
        return reply == null ? blockSeq : responseSeq;
    }

    public <T> Optional<T> carried(String name, Class<T> type) {
        return reply == null ? Optional.empty() : reply.carried(name, type);
    }
}
