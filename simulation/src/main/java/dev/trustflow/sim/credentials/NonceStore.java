package dev.trustflow.sim.credentials;

import dev.trustflow.sim.check.CheckResult;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers the nonces of accepted requests so that a copy is refused. With a timestamp window a nonce need
 * only be kept as long as the window (an older copy fails the window anyway); without one it must be kept
 * forever, and the store only grows.
 */
public final class NonceStore {

    public static final String CHECK = "replay.nonce-seen";

    private final Optional<Duration> retention;
    private final Map<String, Instant> seen = new HashMap<>();

    /** @param retention how long to remember a nonce; empty means forever */
    public NonceStore(Optional<Duration> retention) {
        this.retention = retention;
    }

    /** Refuses a nonce seen before (and still remembered); otherwise remembers it and passes. */
    public CheckResult checkAndRemember(String nonce, Instant now) {
        retention.ifPresent(keep -> seen.values().removeIf(at -> at.plus(keep).isBefore(now)));
        Instant first = seen.get(nonce);
        if (first != null) {
            return CheckResult.fail(CHECK, "this nonce was already used at "
                    + first.truncatedTo(ChronoUnit.SECONDS) + ": the request is a copy");
        }
        seen.put(nonce, now);
        return CheckResult.pass(CHECK, "the nonce is new; remembered "
                + retention.map(d -> "for " + d.toMinutes() + " min").orElse("forever") + " (" + seen.size()
                + " stored)");
    }

    public int size() {
        return seen.size();
    }
}
