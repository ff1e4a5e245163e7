package dev.trustflow.sim.credentials;

import dev.trustflow.sim.check.CheckResult;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers the result of each operation by its idempotency key for {@code retention}: a second request with
 * the same key gets the first result back and the operation does not run again.
 */
public final class IdempotencyStore {

    public static final String CHECK = "replay.idempotency-key";

    /** What the first request with a key produced. */
    public record Outcome(Instant at, int status, String result) {
    }

    private final Duration retention;
    private final Map<String, Outcome> outcomes = new HashMap<>();

    public IdempotencyStore(Duration retention) {
        this.retention = retention;
    }

    /** Passes for a key not seen (within retention); fails, naming the first result, for one already processed. */
    public CheckResult check(String key, Instant now) {
        Optional<Outcome> earlier = earlier(key, now);
        return earlier.map(o -> CheckResult.fail(CHECK, "this idempotency key was already processed at "
                        + o.at().truncatedTo(ChronoUnit.SECONDS) + " (" + o.result() + "); the saved result is returned, nothing runs again"))
                .orElseGet(() -> CheckResult.pass(CHECK, "this idempotency key is new: the operation runs"));
    }

    public Optional<Outcome> earlier(String key, Instant now) {
        Outcome o = outcomes.get(key);
        return o == null || o.at().plus(retention).isBefore(now) ? Optional.empty() : Optional.of(o);
    }

    public void remember(String key, Outcome outcome) {
        outcomes.put(key, outcome);
    }
}
