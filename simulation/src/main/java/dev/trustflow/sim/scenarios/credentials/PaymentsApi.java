package dev.trustflow.sim.scenarios.credentials;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.credentials.IdempotencyStore;
import dev.trustflow.sim.credentials.NonceStore;
import dev.trustflow.sim.credentials.RequestSigner;
import dev.trustflow.sim.credentials.SignedRequest;
import dev.trustflow.sim.credentials.TimestampWindow;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.trace.EventKinds;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Optional;

/**
 * The bank's payments endpoint in the {@code replay} scenario: verifies the signature, then the freshness
 * defences that are switched on (timestamp window, nonce store, idempotency key), in that order, stopping at
 * the first that fails; only a request that passes them all moves money.
 */
final class PaymentsApi {

    static final String ID = "payments-api";
    static final String LEDGER = "ledger";

    /** What happened to one request: the payment number it made (0 for none) and the check that refused it. */
    record Handled(int payment, Optional<String> refusedBy) {
    }

    private final Simulation sim;
    private final PublicKey aliceKey;
    private final Optional<TimestampWindow> window;
    private final Optional<NonceStore> nonces;
    private final Optional<IdempotencyStore> idempotency;
    private int payments;

    PaymentsApi(Simulation sim, PublicKey aliceKey, Duration window, boolean nonceStore, boolean idempotencyKeys) {
        this.sim = sim;
        this.aliceKey = aliceKey;
        this.window = window.isZero() ? Optional.empty() : Optional.of(new TimestampWindow(window));
        this.nonces = nonceStore ? Optional.of(new NonceStore(this.window.map(TimestampWindow::window)))
                : Optional.empty();
        this.idempotency = idempotencyKeys ? Optional.of(new IdempotencyStore(Duration.ofHours(24)))
                : Optional.empty();
    }

    int payments() {
        return payments;
    }

    Handled handle(String from, SignedRequest request) {
        if (refused(RequestSigner.verify(aliceKey, request))) {
            return reject(from, 401, "The bank refuses the request: the signature does not match it.",
                    RequestSigner.CHECK);
        }
        if (window.isPresent() && refused(window.get().check(request.timestamp(), sim.now()))) {
            return reject(from, 401, "The bank refuses the request: it was signed too long ago.",
                    TimestampWindow.CHECK);
        }
        if (nonces.isPresent() && refused(nonces.get().checkAndRemember(request.nonce(), sim.now()))) {
            sim.event(EventKinds.ALERT_RAISED, ID).caption("The bank raises an alert: a request arrived twice, "
                    + "so someone is replaying captured requests.").data("cause", NonceStore.CHECK).emit();
            return reject(from, 409, "The bank refuses the request: it has seen this nonce before.",
                    NonceStore.CHECK);
        }
        if (idempotency.isPresent()) {
            var earlier = idempotency.get().earlier(request.idempotencyKey(), sim.now());
            refused(idempotency.get().check(request.idempotencyKey(), sim.now()));
            if (earlier.isPresent()) {
                sim.tick(Duration.ofMillis(20));
                sim.event(EventKinds.HTTP_RESPONSE, ID).to(from)
                        .caption("The bank answers with the saved result of the first request; no money moves.")
                        .data("status", earlier.get().status()).data("replayed", true).emit();
                return new Handled(0, Optional.of(IdempotencyStore.CHECK));
            }
        }
        payments++;
        sim.tick(Duration.ofMillis(20));
        sim.event("payment.made", ID).to(LEDGER)
                .caption(payments == 1 ? "The ledger moves 50.00 EUR from Alice to Bob."
                        : "The ledger moves 50.00 EUR from Alice to Bob again: payment number " + payments + ".")
                .data("payment", payments).data("amount", "50.00 EUR").emit();
        idempotency.ifPresent(store -> store.remember(request.idempotencyKey(),
                new IdempotencyStore.Outcome(sim.now(), 201, "payment #" + payments)));
        sim.tick(Duration.ofMillis(20));
        sim.event(EventKinds.HTTP_RESPONSE, ID).to(from).caption("The bank answers 201 Created: payment done.")
                .data("status", 201).data("payment", payments).emit();
        return new Handled(payments, Optional.empty());
    }

    private boolean refused(CheckResult result) {
        sim.tick(Duration.ofMillis(5));
        sim.check(ID, result);
        return !result.passed();
    }

    private Handled reject(String to, int status, String caption, String check) {
        sim.tick(Duration.ofMillis(20));
        sim.event(EventKinds.HTTP_RESPONSE, ID).to(to).caption(caption).data("status", status)
                .data("refusedBy", check).emit();
        return new Handled(0, Optional.of(check));
    }
}
