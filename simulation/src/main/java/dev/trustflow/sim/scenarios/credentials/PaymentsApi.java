package dev.trustflow.sim.scenarios.credentials;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.credentials.IdempotencyStore;
import dev.trustflow.sim.credentials.NonceStore;
import dev.trustflow.sim.credentials.RequestSigner;
import dev.trustflow.sim.credentials.SignedRequest;
import dev.trustflow.sim.credentials.TimestampWindow;
import dev.trustflow.sim.engine.Arrival;
import dev.trustflow.sim.engine.Reply;
import dev.trustflow.sim.engine.Request;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.DataKeys;
import dev.trustflow.sim.trace.EventKinds;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Optional;

/**
 * The bank's payments endpoint in the {@code replay} scenario, as guards and a handler on the payments API: the
 * signature, then the freshness defences that are switched on (timestamp window, nonce store, idempotency key),
 * in that order, the first that fails answering; only a request that passes them all moves money.
 */
final class PaymentsApi {

    static final String ID = "payments-api";
    static final String LEDGER = "ledger";
    static final String PAYMENT = "payment";
    private static final String SIGNED = "signed request";

    private final PublicKey aliceKey;
    private final Optional<TimestampWindow> window;
    private final Optional<NonceStore> nonces;
    private final Optional<IdempotencyStore> idempotency;
    private int payments;

    PaymentsApi(PublicKey aliceKey, Duration window, boolean nonceStore, boolean idempotencyKeys) {
        this.aliceKey = aliceKey;
        this.window = window.isZero() ? Optional.empty() : Optional.of(new TimestampWindow(window));
        this.nonces = nonceStore ? Optional.of(new NonceStore(this.window.map(TimestampWindow::window)))
                : Optional.empty();
        this.idempotency = idempotencyKeys ? Optional.of(new IdempotencyStore(Duration.ofHours(24)))
                : Optional.empty();
    }

    /** Puts the bank's checks, in their order, and its handler into the world. */
    void install(Simulation sim) {
        sim.guard(ID, this::signature);
        window.ifPresent(w -> sim.guard(ID, at -> fresh(at, w)));
        nonces.ifPresent(n -> sim.guard(ID, at -> unseen(at, n)));
        idempotency.ifPresent(store -> sim.guard(ID, at -> firstRun(at, store)));
        sim.serve(ID, this::pay);
    }

    int payments() {
        return payments;
    }

    /** {@code signed} as {@code from} sends it to the bank. */
    static Request send(String from, SignedRequest signed, String caption) {
        return Request.of(signed.method(), from, ID, signed.path()).caption(caption)
                .data("signedAt", signed.timestamp().toString())
                .artifact(Artifact.text("signed request", signed.asHttp()))
                .carry(SIGNED, signed);
    }

    private static SignedRequest signed(Arrival at) {
        return at.request().carried(SIGNED, SignedRequest.class).orElseThrow();
    }

    private Optional<Reply> signature(Arrival at) {
        return refusal(at, RequestSigner.verify(aliceKey, signed(at)), 401,
                "The bank refuses the request: the signature does not match it.");
    }

    private static Optional<Reply> fresh(Arrival at, TimestampWindow window) {
        return refusal(at, window.check(signed(at).timestamp(), at.now()), 401,
                "The bank refuses the request: it was signed too long ago.");
    }

    private static Optional<Reply> unseen(Arrival at, NonceStore nonces) {
        CheckResult seen = nonces.checkAndRemember(signed(at).nonce(), at.now());
        int seq = Refusals.check(at, seen);
        if (seen.passed()) {
            return Optional.empty();
        }
        at.event(EventKinds.ALERT_RAISED).cause(seq)
                .caption("The bank raises an alert: a request arrived twice, so someone is replaying captured requests.")
                .data(DataKeys.CHECK, seen.check()).emit();
        return Optional.of(Refusals.refuse(at, 409, seen, seq,
                "The bank refuses the request: it has seen this nonce before."));
    }

    /** A copy of a processed idempotency key gets the saved answer of the first run (its status), and no money moves. */
    private static Optional<Reply> firstRun(Arrival at, IdempotencyStore store) {
        String key = signed(at).idempotencyKey();
        Optional<IdempotencyStore.Outcome> earlier = store.earlier(key, at.now());
        CheckResult result = store.check(key, at.now());
        int seq = Refusals.check(at, result);
        return earlier.map(first -> Refusals.refuse(at, first.status(), result, seq,
                        "The bank answers with the saved result of the first request; no money moves.")
                .data("replayed", true));
    }

    private static Optional<Reply> refusal(Arrival at, CheckResult result, int status, String caption) {
        int seq = Refusals.check(at, result);
        return result.passed() ? Optional.empty() : Optional.of(Refusals.refuse(at, status, result, seq, caption));
    }

    private Reply pay(Arrival at) {
        payments++;
        at.sim().tick(Duration.ofMillis(20));
        at.event("payment.made").to(LEDGER)
                .caption(payments == 1 ? "The ledger moves 50.00 EUR from Alice to Bob."
                        : "The ledger moves 50.00 EUR from Alice to Bob again: payment number " + payments + ".")
                .data(PAYMENT, payments).data("amount", "50.00 EUR").emit();
        idempotency.ifPresent(store -> store.remember(signed(at).idempotencyKey(),
                new IdempotencyStore.Outcome(at.now(), 201, "payment #" + payments)));
        return Reply.of(201, "The bank answers 201 Created: payment done.").data(PAYMENT, payments)
                .carry(PAYMENT, payments);
    }
}
