package dev.trustflow.sim.scenarios.tls;

import dev.trustflow.sim.crypto.pki.PathValidation;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.tls.HandshakeMessage;
import dev.trustflow.sim.tls.HandshakeRecording;
import dev.trustflow.sim.tls.HandshakeSlice;
import dev.trustflow.sim.tls.Side;
import dev.trustflow.sim.tls.TlsAlert;
import dev.trustflow.sim.trace.DataKeys;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.world.Link;
import java.time.Duration;
import java.util.Optional;

/**
 * Turns what one real handshake recorded into the run's events: each handshake message as a {@code tls.message}
 * from its sender to its receiver, with the fields its receiver parsed and, under {@link DataKeys#HANDSHAKE}, the
 * message on the wire ({@link HandshakeSlice}: its bytes, its records, the key schedule so far); the receiver's certificate decision as a
 * {@code pki.path} check right after the Certificate message it judged; the fatal alert, if one ended the
 * handshake, as a {@code tls.alert} caused by that check. Nothing here decides: every outcome is the recording's.
 */
final class HandshakeEvents {

    /** The handshake message's TLS name, on a {@code tls.message}. */
    static final String MESSAGE = "message";
    /** The alert's TLS name, on a {@code tls.alert}. */
    static final String ALERT = "alert";
    /** The alert's number, on a {@code tls.alert}. */
    static final String CODE = "code";
    /** Why PKIX refused the path ({@code PathFailure}'s name), on a failed {@code pki.path}. */
    static final String FAILURE = "failure";
    /** The subject of the certificate PKIX refused, on a failed {@code pki.path}. */
    static final String FAILING = "failing";
    /** The position of that certificate in the presented chain (0 for the leaf). */
    static final String FAILING_INDEX = "failingIndex";

    private final Simulation sim;
    private final TlsLeg leg;
    private Integer last;
    private Integer decision;

    HandshakeEvents(Simulation sim, TlsLeg leg) {
        this.sim = sim;
        this.leg = leg;
    }

    /**
     * Records the leg's handshake, the first message caused by {@code cause}; returns the last event recorded.
     */
    int emit(Integer cause) {
        HandshakeRecording recording = leg.handshake();
        last = cause;
        Side previous = null;
        for (int i = 0; i < recording.messages().size(); i++) {
            HandshakeMessage m = recording.messages().get(i);
            sim.tick(Duration.ofMillis(m.from() == previous ? 1 : Link.DEFAULT_LATENCY_MS));
            previous = m.from();
            var event = sim.event(EventKinds.TLS_MESSAGE, leg.actor(m.from())).to(leg.actor(m.from().other()))
                    .cause(last).caption(MessageCaptions.of(m)).data(MESSAGE, m.type()).data(m.fields())
                    .data(DataKeys.HANDSHAKE, HandshakeSlice.of(recording, i).toJson());
            if (m.type().equals("certificate")) {
                event.artifacts(CertificateArtifacts.chain(PresentedChain.of(m)));
            }
            last = event.emit();
            if (m.type().equals("certificate")) {
                recording.validationBy(m.from().other()).ifPresent(v -> decision(m.from().other(), v));
            }
        }
        recording.failure().ifPresent(this::alert);
        return last;
    }

    /** The seq of the certificate decision's check event, if one was made. */
    Optional<Integer> decision() {
        return Optional.ofNullable(decision);
    }

    private void decision(Side judge, PathValidation validation) {
        sim.tick(Duration.ofMillis(1));
        decision = sim.event(validation.isValid() ? EventKinds.CHECK_PASS : EventKinds.CHECK_FAIL, leg.actor(judge))
                .cause(last)
                .caption((validation.isValid() ? "✓ " : "✗ ") + PathValidation.CHECK + ": " + validation.reason())
                .data(DataKeys.CHECK, PathValidation.CHECK)
                .data(DataKeys.PASSED, validation.isValid())
                .data(DataKeys.REASON, validation.reason())
                .data(FAILING, validation.isValid() ? null : validation.failingSubject())
                .data(FAILING_INDEX, validation.isValid() ? null : validation.failingIndex())
                .data(FAILURE, validation.isValid() ? null : validation.failure().name())
                .emit();
        last = decision;
    }

    private void alert(TlsAlert alert) {
        if (alert.validation() != null && decision == null) {
            decision(alert.raisedBy(), alert.validation());
        }
        sim.tick(Duration.ofMillis(Link.DEFAULT_LATENCY_MS));
        last = sim.event(EventKinds.TLS_ALERT, leg.actor(alert.raisedBy())).to(leg.actor(alert.raisedBy().other()))
                .cause(alert.validation() != null ? decision : last)
                .caption("Fatal alert " + alert.description() + " (" + alert.code() + "): the "
                        + (alert.raisedBy() == Side.CLIENT ? "client" : "server") + " ends the handshake")
                .data(ALERT, alert.description())
                .data(CODE, (int) alert.code())
                .data(DataKeys.REASON, alert.message())
                .data("received", alert.received())
                .emit();
    }

}
