package dev.trustflow.sim.tls;

import dev.trustflow.sim.crypto.EcKeys;
import dev.trustflow.sim.crypto.pki.PathValidator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bouncycastle.tls.ContentType;
import org.bouncycastle.tls.TlsProtocol;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaTlsCrypto;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaTlsCryptoProvider;

/**
 * A TLS 1.3 connection between two endpoints in memory: bctls's client and server protocols in non-blocking mode,
 * each one's output bytes offered as the other's input until neither has anything left to send. Both endpoints use
 * the JCA crypto over the BouncyCastle provider with the given {@link SecureRandom} (the run's {@code secure()}
 * stream), and judge certificates at the given virtual time. Not thread-safe; one connection per handshake.
 */
public final class InMemoryTlsConnection {

    /** Far more flights than a TLS 1.3 handshake has; reaching it means the endpoints are stuck. */
    private static final int MAX_ROUNDS = 32;
    private static final int RECORD_HEADER = 5;

    private final HandshakeObserver observer = new HandshakeObserver();
    private final RecordingClientProtocol client = new RecordingClientProtocol(observer);
    private final RecordingServerProtocol server = new RecordingServerProtocol(observer);
    private final LabTlsClient tlsClient;
    private final LabTlsServer tlsServer;
    private final Map<Side, ByteArrayOutputStream> partial = new EnumMap<>(Side.class);
    private boolean started;

    public InMemoryTlsConnection(TlsClientSetup clientSetup, TlsServerSetup serverSetup, Instant now,
                                 SecureRandom random) {
        Objects.requireNonNull(now, "now");
        PathValidator validator = new PathValidator();
        this.tlsClient = new LabTlsClient(crypto(random), clientSetup, now, validator, observer);
        this.tlsServer = new LabTlsServer(crypto(random), serverSetup, now, validator, observer);
    }

    /** Runs the handshake to its end, established or refused, and returns what was observed. */
    public HandshakeRecording handshake() {
        if (started) {
            throw new IllegalStateException("a connection shakes hands once");
        }
        started = true;
        try {
            client.connect(tlsClient);
            server.accept(tlsServer);
        } catch (IOException e) {
            throw new IllegalStateException("the endpoints could not start: " + e.getMessage(), e);
        }
        pump();
        return recording();
    }

    /** Whether both endpoints finished the handshake and neither closed. */
    public boolean established() {
        return started && !client.isHandshaking() && !server.isHandshaking() && !client.isClosed()
                && !server.isClosed();
    }

    /**
     * Sends application data from one endpoint to the other over the established connection and returns what the
     * other endpoint read; the encrypted records join the recording.
     */
    public byte[] send(Side from, byte[] data) {
        if (!established()) {
            throw new IllegalStateException("no established connection to send on");
        }
        TlsProtocol sender = from == Side.CLIENT ? client : server;
        TlsProtocol receiver = from == Side.CLIENT ? server : client;
        try {
            sender.writeApplicationData(data, 0, data.length);
            pump();
            byte[] received = new byte[receiver.getAvailableInputBytes()];
            receiver.readInput(received, 0, received.length);
            return received;
        } catch (IOException e) {
            throw new IllegalStateException("application data could not be sent: " + e.getMessage(), e);
        }
    }

    /** What has been observed so far. */
    public HandshakeRecording recording() {
        return observer.recording(established());
    }

    private void pump() {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            boolean clientSent = transfer(client, Side.CLIENT, server);
            boolean serverSent = transfer(server, Side.SERVER, client);
            if (!clientSent && !serverSent) {
                return;
            }
        }
        throw new IllegalStateException("the TLS endpoints were still exchanging after " + MAX_ROUNDS + " rounds");
    }

    /**
     * Moves everything {@code from} has to send to {@code to}, one whole record at a time, telling the observer
     * which record the receiver is reading (so each handshake message is known by the record that completed it);
     * false when it had nothing.
     */
    private boolean transfer(TlsProtocol from, Side side, TlsProtocol to) {
        int available = from.getAvailableOutputBytes();
        if (available == 0) {
            return false;
        }
        byte[] bytes = new byte[available];
        from.readOutput(bytes, 0, available);
        for (int index : recordWire(side, bytes)) {
            if (to.isClosed()) {
                break;
            }
            observer.receiving(index);
            try {
                to.offerInput(observer.recordBytes(index));
            } catch (IOException e) {
                // the receiving endpoint raised or received a fatal alert: its peer callbacks reported it
            }
        }
        observer.receiving(HandshakeObserver.NO_RECORD);
        return true;
    }

    /**
     * Splits the bytes into records (type, version, length, fragment), records each whole one and returns their
     * indices in the recording; an incomplete tail waits for the rest of its bytes.
     */
    private List<Integer> recordWire(Side side, byte[] bytes) {
        ByteArrayOutputStream pending = partial.computeIfAbsent(side, s -> new ByteArrayOutputStream());
        pending.writeBytes(bytes);
        byte[] buffer = pending.toByteArray();
        List<Integer> whole = new ArrayList<>();
        int offset = 0;
        while (buffer.length - offset >= RECORD_HEADER) {
            int length = ((buffer[offset + 3] & 0xFF) << 8) | (buffer[offset + 4] & 0xFF);
            int end = offset + RECORD_HEADER + length;
            if (end > buffer.length) {
                break;
            }
            short type = (short) (buffer[offset] & 0xFF);
            whole.add(observer.record(new WireRecord(side, ContentType.getName(type),
                    type == ContentType.application_data, Arrays.copyOfRange(buffer, offset, end))));
            offset = end;
        }
        pending.reset();
        pending.write(buffer, offset, buffer.length - offset);
        return whole;
    }

    private static JcaTlsCrypto crypto(SecureRandom random) {
        return new JcaTlsCryptoProvider().setProvider(EcKeys.provider()).create(random);
    }
}
