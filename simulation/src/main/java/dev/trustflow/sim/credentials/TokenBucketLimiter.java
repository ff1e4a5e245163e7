package dev.trustflow.sim.credentials;

import dev.trustflow.sim.check.CheckResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A token bucket per key (an account, an IP address) on a given clock: each attempt takes a token, a bucket
 * holds at most {@code capacity} tokens and gets one back every {@code window / capacity}. "5 attempts per 15
 * minutes" is capacity 5 over 15 minutes: a burst of 5, then one more every 3 minutes.
 */
public final class TokenBucketLimiter {

    /** The check id a rate-limited endpoint records. */
    public static final String CHECK = "ratelimit.bucket";

    private static final class Bucket {
        long tokens;
        Instant lastRefill;

        Bucket(long tokens, Instant lastRefill) {
            this.tokens = tokens;
            this.lastRefill = lastRefill;
        }
    }

    private final String name;
    private final long capacity;
    private final Duration window;
    private final Duration perToken;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new HashMap<>();

    /**
     * @param name     what it limits, for reasons ("per account")
     * @param capacity attempts allowed per window (at least 1)
     * @param window   the window those attempts refill over
     * @param clock    the clock it reads (the run's virtual clock)
     */
    public TokenBucketLimiter(String name, long capacity, Duration window, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a token bucket needs a capacity of at least 1, not " + capacity);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a token bucket needs a positive window, not " + window);
        }
        this.name = Objects.requireNonNull(name, "name");
        this.capacity = capacity;
        this.window = window;
        this.perToken = window.dividedBy(capacity);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Takes one token for {@code key} if there is one; the check says how many are left or when the next comes. */
    public CheckResult tryAcquire(String key) {
        Bucket bucket = refilled(key);
        if (bucket.tokens > 0) {
            bucket.tokens--;
            return CheckResult.pass(CHECK, name + " " + key + ": " + (capacity - bucket.tokens) + " of "
                    + capacity + " attempts per " + minutes(window) + " used");
        }
        Duration wait = Duration.between(clock.instant(), bucket.lastRefill.plus(perToken));
        return CheckResult.fail(CHECK, name + " " + key + ": all " + capacity + " attempts per " + minutes(window)
                + " used; the next one is allowed in " + seconds(wait));
    }

    /** Tokens {@code key} has now (capacity for a key never seen). */
    public long available(String key) {
        return refilled(key).tokens;
    }

    public long capacity() {
        return capacity;
    }

    public Duration window() {
        return window;
    }

    private Bucket refilled(String key) {
        Instant now = clock.instant();
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
        long earned = Duration.between(bucket.lastRefill, now).dividedBy(perToken);
        if (earned > 0) {
            bucket.tokens = Math.min(capacity, bucket.tokens + earned);
            bucket.lastRefill = bucket.tokens == capacity ? now : bucket.lastRefill.plus(perToken.multipliedBy(earned));
        }
        if (bucket.tokens == capacity) {
            bucket.lastRefill = now;
        }
        return bucket;
    }

    private static String minutes(Duration d) {
        return d.toSeconds() % 60 == 0 ? d.toMinutes() + " min" : d.toSeconds() + " s";
    }

    private static String seconds(Duration d) {
        long s = Math.max(1, (d.toMillis() + 999) / 1000);
        return s >= 60 ? (s / 60) + " min " + (s % 60) + " s" : s + " s";
    }
}
