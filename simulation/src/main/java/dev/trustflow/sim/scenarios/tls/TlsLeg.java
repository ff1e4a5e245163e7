package dev.trustflow.sim.scenarios.tls;

import dev.trustflow.sim.tls.HandshakeRecording;
import dev.trustflow.sim.tls.InMemoryTlsConnection;
import dev.trustflow.sim.tls.Side;
import dev.trustflow.sim.tls.TlsConnectionLog;
import dev.trustflow.sim.tls.TlsClientSetup;
import dev.trustflow.sim.tls.TlsServerSetup;
import dev.trustflow.sim.tls.WireRecord;
import dev.trustflow.sim.trace.Artifact;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * One real TLS connection between two actors of the run: the actor playing the client, the one playing the server,
 * and the in-memory bctls connection between them. Application data sent over it is really encrypted by one
 * endpoint and decrypted by the other; the records that carried it become artifacts.
 */
final class TlsLeg {

    private final String client;
    private final String server;
    private final InMemoryTlsConnection connection;
    private final Instant openedAt;
    private HandshakeRecording handshake;

    TlsLeg(String client, String server, TlsClientSetup clientSetup, TlsServerSetup serverSetup, Instant now,
           SecureRandom random) {
        this.client = client;
        this.server = server;
        this.connection = new InMemoryTlsConnection(clientSetup, serverSetup, now, random);
        this.openedAt = now;
    }

    /** Notes this connection in the run's log, so that an export can write it as a capture. */
    void noteIn(TlsConnectionLog log) {
        log.opened(client, server, openedAt, connection);
    }

    /** Runs the handshake (once) and returns what it recorded. */
    HandshakeRecording handshake() {
        if (handshake == null) {
            handshake = connection.handshake();
        }
        return handshake;
    }

    boolean established() {
        return connection.established();
    }

    String client() {
        return client;
    }

    String server() {
        return server;
    }

    /** The actor at {@code side} of this connection. */
    String actor(Side side) {
        return side == Side.CLIENT ? client : server;
    }

    /** Sends {@code data} from one end; the other end's endpoint decrypts it. */
    Delivered send(Side from, byte[] data) {
        int before = connection.recording().records().size();
        byte[] read = connection.send(from, data);
        List<WireRecord> all = connection.recording().records();
        return new Delivered(read, all.subList(before, all.size()));
    }

    /**
     * What the receiving endpoint read and the records that carried it.
     *
     * @param read    the plaintext the receiver's TLS endpoint decrypted
     * @param records the encrypted records on the wire
     */
    record Delivered(byte[] read, List<WireRecord> records) {

        Delivered {
            read = read.clone();
            records = List.copyOf(records);
        }

        @Override
        public byte[] read() {
            return read.clone();
        }

        /** The records as they crossed the wire, in hex, one line each. */
        Artifact wire(String label) {
            HexFormat hex = HexFormat.of();
            StringBuilder text = new StringBuilder();
            for (WireRecord r : records) {
                text.append(hex.formatHex(r.bytes())).append('\n');
            }
            return new Artifact(Artifact.TLS_RECORD, label, text.toString().strip());
        }
    }
}
