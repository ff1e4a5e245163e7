package dev.trustflow.sim.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReplayDefencesTest {

    private static final Instant T0 = Instant.parse("2026-01-01T09:00:00Z");

    @Test
    void signatureCoversEveryFieldAndACopyStillVerifies() {
        KeyPair keys = RequestSigner.newKeyPair(new SecureRandom());
        SignedRequest request = RequestSigner.sign(keys.getPrivate(), "POST", "/payments", T0, "n1", "",
                "{\"amount\":\"50.00\"}");
        assertThat(RequestSigner.verify(keys.getPublic(), request).passed()).isTrue();
        SignedRequest copy = new SignedRequest(request.method(), request.path(), request.timestamp(),
                request.nonce(), request.idempotencyKey(), request.body(), request.signature());
        assertThat(RequestSigner.verify(keys.getPublic(), copy).passed()).isTrue();
        assertThat(RequestSigner.verify(keys.getPublic(), request.withBody("{\"amount\":\"5000.00\"}")))
                .satisfies(r -> assertThat(r.passed()).isFalse())
                .satisfies(r -> assertThat(r.check()).isEqualTo(RequestSigner.CHECK));
        KeyPair other = RequestSigner.newKeyPair(new SecureRandom());
        assertThat(RequestSigner.verify(other.getPublic(), request).passed()).isFalse();
    }

    @Test
    void nonceStoreRefusesACopyAndForgetsAfterRetention() {
        NonceStore store = new NonceStore(Optional.of(Duration.ofMinutes(5)));
        assertThat(store.checkAndRemember("abc", T0).passed()).isTrue();
        assertThat(store.checkAndRemember("abc", T0.plusSeconds(30)).passed()).isFalse();
        assertThat(store.checkAndRemember("abc", T0.plusSeconds(301)).passed()).isTrue();

        NonceStore forever = new NonceStore(Optional.empty());
        forever.checkAndRemember("abc", T0);
        assertThat(forever.checkAndRemember("abc", T0.plus(Duration.ofDays(400))).check())
                .isEqualTo(NonceStore.CHECK);
        assertThat(forever.checkAndRemember("abc", T0.plus(Duration.ofDays(400))).passed()).isFalse();
    }

    @Test
    void timestampWindowAcceptsInsideAndRefusesOutside() {
        TimestampWindow window = new TimestampWindow(Duration.ofMinutes(5));
        assertThat(window.check(T0, T0.plusSeconds(300)).passed()).isTrue();
        assertThat(window.check(T0, T0.plusSeconds(301)))
                .satisfies(r -> assertThat(r.passed()).isFalse())
                .satisfies(r -> assertThat(r.reason()).contains("5 min 1 s ago"));
        assertThat(window.check(T0.plusSeconds(600), T0).passed()).as("from the future").isFalse();
    }

    @Test
    void idempotencyStoreReturnsTheFirstOutcome() {
        IdempotencyStore store = new IdempotencyStore(Duration.ofHours(24));
        assertThat(store.check("pay-1", T0).passed()).isTrue();
        store.remember("pay-1", new IdempotencyStore.Outcome(T0, 201, "payment 1"));
        assertThat(store.check("pay-1", T0.plusSeconds(30)))
                .satisfies(r -> assertThat(r.passed()).isFalse())
                .satisfies(r -> assertThat(r.reason()).contains("payment 1"));
        assertThat(store.check("pay-1", T0.plus(Duration.ofHours(25))).passed()).isTrue();
    }
}
