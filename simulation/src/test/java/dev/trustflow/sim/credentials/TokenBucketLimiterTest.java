package dev.trustflow.sim.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.clock.VirtualClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenBucketLimiterTest {

    private final VirtualClock clock = new VirtualClock();
    private final TokenBucketLimiter limiter =
            new TokenBucketLimiter("account", 5, Duration.ofMinutes(15), clock);

    @Test
    void aBurstOfCapacityPassesThenTheNextFailsAndSaysWhen() {
        for (int i = 1; i <= 5; i++) {
            assertThat(limiter.tryAcquire("carol").passed()).as("attempt %d", i).isTrue();
        }
        var sixth = limiter.tryAcquire("carol");
        assertThat(sixth.passed()).isFalse();
        assertThat(sixth.check()).isEqualTo(TokenBucketLimiter.CHECK);
        assertThat(sixth.reason()).contains("all 5 attempts per 15 min used").contains("3 min 0 s");
    }

    @Test
    void oneTokenComesBackEveryWindowOverCapacity() {
        for (int i = 0; i < 5; i++) {
            limiter.tryAcquire("carol");
        }
        clock.advance(Duration.ofSeconds(179));
        assertThat(limiter.available("carol")).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.available("carol")).isEqualTo(1);
        clock.advance(Duration.ofMinutes(7));
        assertThat(limiter.available("carol")).isEqualTo(3);
        clock.advance(Duration.ofHours(2));
        assertThat(limiter.available("carol")).isEqualTo(5);
    }

    @Test
    void partialRefillKeepsTheRemainder() {
        for (int i = 0; i < 5; i++) {
            limiter.tryAcquire("carol");
        }
        clock.advance(Duration.ofSeconds(200));
        assertThat(limiter.tryAcquire("carol").passed()).isTrue();
        // 20 s of the next 3-minute token were already earned: it arrives 160 s later, not 180 s.
        clock.advance(Duration.ofSeconds(159));
        assertThat(limiter.available("carol")).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.available("carol")).isEqualTo(1);
    }

    @Test
    void keysHaveSeparateBuckets() {
        for (int i = 0; i < 5; i++) {
            limiter.tryAcquire("carol");
        }
        assertThat(limiter.tryAcquire("carol").passed()).isFalse();
        assertThat(limiter.tryAcquire("bob").passed()).isTrue();
    }
}
