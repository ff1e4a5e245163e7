package dev.trustflow.sim.scenarios.layers;

import dev.trustflow.sim.tls.HandshakeRecording;
import dev.trustflow.sim.tls.InMemoryTlsConnection;
import dev.trustflow.sim.tls.Side;
import dev.trustflow.sim.tls.TlsClientSetup;
import dev.trustflow.sim.tls.TlsServerSetup;
import dev.trustflow.sim.tls.WireRecord;
import java.io.ByteArrayOutputStream;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;

/**
 * A user's connection to the chat server: a real TLS 1.3 connection in memory ({@link InMemoryTlsConnection}, so
 * what crosses the wire is the records one endpoint really encrypted), or plain bytes when TLS is off.
 */
final class ChatConnection {

    private final InMemoryTlsConnection tls;

    private ChatConnection(InMemoryTlsConnection tls) {
        this.tls = tls;
    }

    static ChatConnection overTls(TlsClientSetup client, TlsServerSetup server, Instant now, SecureRandom random) {
        return new ChatConnection(new InMemoryTlsConnection(client, server, now, random));
    }

    static ChatConnection plain() {
        return new ChatConnection(null);
    }

    boolean encrypted() {
        return tls != null;
    }

    /** Runs the TLS handshake; only for a connection {@link #overTls}. */
    HandshakeRecording handshake() {
        if (tls == null) {
            throw new IllegalStateException("a plain connection has no handshake");
        }
        return tls.handshake();
    }

    /** Sends {@code payload} from one end: what the other end's endpoint read and what crossed the wire. */
    Carried send(Side from, byte[] payload) {
        if (tls == null) {
            return new Carried(payload, payload);
        }
        int before = tls.recording().records().size();
        byte[] read = tls.send(from, payload);
        List<WireRecord> all = tls.recording().records();
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        all.subList(before, all.size()).forEach(r -> wire.writeBytes(r.bytes()));
        return new Carried(read, wire.toByteArray());
    }

    /**
     * One payload's crossing.
     *
     * @param read the bytes the receiving end got (its TLS endpoint decrypted them, when there is TLS)
     * @param wire the bytes on the wire: the TLS records, or the payload itself
     */
    record Carried(byte[] read, byte[] wire) {

        Carried {
            read = read.clone();
            wire = wire.clone();
        }

        @Override
        public byte[] read() {
            return read.clone();
        }

        @Override
        public byte[] wire() {
            return wire.clone();
        }
    }
}
