package dev.trustflow.sim.scenarios.mesh;

import dev.trustflow.sim.tls.HandshakeRecording;
import java.util.Optional;

/**
 * How one mutual-TLS connection went, as recorded into the trace.
 *
 * @param recording what the real handshake observed
 * @param lastSeq   the last event the handshake recorded (the alert, or the last message)
 * @param peerId    the SPIFFE ID of the client certificate the server verified; null when the handshake failed
 */
public record DialResult(HandshakeRecording recording, int lastSeq, String peerId) {

    public boolean established() {
        return recording.established();
    }

    /** The alert's TLS name ({@code certificate_required}); empty when the connection was established. */
    public Optional<String> alert() {
        return recording.failure().map(a -> a.description());
    }
}
