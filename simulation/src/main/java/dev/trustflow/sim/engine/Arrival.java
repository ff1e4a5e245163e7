package dev.trustflow.sim.engine;

import dev.trustflow.sim.check.CheckResult;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/**
 * A request arriving at one actor on its route: what guards and handlers work with. Checks and events recorded
 * through it name the hop's {@code http.request} as their cause and share its flow.
 */
public final class Arrival {

    private final Simulation sim;
    private final Request request;
    private final String at;
    private final String from;
    private final int requestSeq;
    private final int flow;
    private int lastFailedCheck = -1;

    Arrival(Simulation sim, Request request, String at, String from, int requestSeq, int flow) {
        this.sim = sim;
        this.request = request;
        this.at = at;
        this.from = from;
        this.requestSeq = requestSeq;
        this.flow = flow;
    }

    public Request request() {
        return request;
    }

    /** The actor the request has reached. */
    public String at() {
        return at;
    }

    /** The actor it came from on this hop (the previous relay, or the sender). */
    public String from() {
        return from;
    }

    /** Whether this is the request's destination (not a relay on the way). */
    public boolean isDestination() {
        return at.equals(request.to());
    }

    public int requestSeq() {
        return requestSeq;
    }

    public int flow() {
        return flow;
    }

    public Simulation sim() {
        return sim;
    }

    public Instant now() {
        return sim.now();
    }

    /** Records a real check by this hop's actor; returns whether it passed. */
    public boolean check(CheckResult result) {
        int seq = sim.check(at, result, requestSeq, flow);
        if (!result.passed()) {
            lastFailedCheck = seq;
        }
        return result.passed();
    }

    /** Records every failed check and the passes {@code shown} selects; returns whether all passed. */
    public boolean checks(List<CheckResult> results, Predicate<CheckResult> shown) {
        boolean all = true;
        for (CheckResult c : results) {
            if (!c.passed() || shown.test(c)) {
                check(c);
            }
            all &= c.passed();
        }
        return all;
    }

    /** Records every check; returns whether all passed. */
    public boolean checks(List<CheckResult> results) {
        return checks(results, c -> true);
    }

    /** An event by this hop's actor, caused by the request and in its flow. */
    public EventBuilder event(String kind) {
        return sim.event(kind, at).cause(requestSeq).flow(flow);
    }

    /** A refusal citing {@code failed}, caused by the last failed check recorded here. */
    public Reply refuse(int status, CheckResult failed, String caption) {
        return Reply.refuse(status, failed, caption).causedBy(lastFailedCheck >= 0 ? lastFailedCheck : null);
    }

    int lastFailedCheck() {
        return lastFailedCheck;
    }
}
