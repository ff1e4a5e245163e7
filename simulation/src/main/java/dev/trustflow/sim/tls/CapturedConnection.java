package dev.trustflow.sim.tls;

import java.time.Instant;
import java.util.Objects;

/**
 * One TLS connection of a run as a capture shows it: who played the client and the server, the virtual time it was
 * opened, and what it recorded (its records on the wire and its key log).
 *
 * @param client    the actor that played the client
 * @param server    the actor that played the server
 * @param openedAt  the run's virtual time when the handshake began
 * @param recording everything the connection recorded, application data included
 */
public record CapturedConnection(String client, String server, Instant openedAt, HandshakeRecording recording) {

    public CapturedConnection {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(recording, "recording");
    }
}
